package gov.ocss.ivr.prompts.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WavFileTest {

    @Test
    void writesThePlain44ByteTelephonyHeader() {
        byte[] bytes = WavFile.encode(TestWavs.tone(440, 0.5, 8000, 0.5));
        ByteBuffer header = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);

        assertThat(new String(bytes, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(header.getInt(4)).isEqualTo(bytes.length - 8);
        assertThat(new String(bytes, 8, 8, StandardCharsets.US_ASCII)).isEqualTo("WAVEfmt ");
        assertThat(header.getInt(16)).as("fmt chunk size").isEqualTo(16);
        assertThat(header.getShort(20)).as("format tag: plain PCM, not WAVE_FORMAT_EXTENSIBLE").isEqualTo((short) 1);
        assertThat(header.getShort(22)).as("channels").isEqualTo((short) 1);
        assertThat(header.getInt(24)).as("sample rate").isEqualTo(8000);
        assertThat(header.getInt(28)).as("bytes per second").isEqualTo(16000);
        assertThat(header.getShort(32)).as("block align").isEqualTo((short) 2);
        assertThat(header.getShort(34)).as("bits per sample").isEqualTo((short) 16);
        assertThat(new String(bytes, 36, 4, StandardCharsets.US_ASCII)).isEqualTo("data");
        assertThat(header.getInt(40)).isEqualTo(4000 * 2);
        assertThat(bytes).hasSize(44 + 8000);
    }

    @Test
    void readsBackWhatItWrote() throws Exception {
        MonoAudio tone = TestWavs.tone(440, 0.25, 8000, 0.5);

        WavFile wav = WavFile.parse(WavFile.encode(tone));

        assertThat(wav.problemsForAsterisk()).isEmpty();
        assertThat(wav.seconds()).isEqualTo(0.25);
        MonoAudio read = wav.toMono();
        assertThat(read.length()).isEqualTo(tone.length());
        for (int i = 0; i < tone.length(); i += 97) {
            assertThat(read.sample(i)).isCloseTo(tone.sample(i), within(1f / 32768));
        }
    }

    @Test
    void readsAnExtensibleStereo24BitRecordingButSaysAsteriskWouldRefuseIt() throws Exception {
        byte[] bytes = TestWavs.pcm(TestWavs.tone(440, 0.1, 44100, 0.5), 2, 24, true);

        WavFile wav = WavFile.parse(bytes);

        assertThat(wav.formatTag()).isEqualTo(65534);
        assertThat(wav.problemsForAsterisk()).anyMatch(problem -> problem.contains("WAVE_FORMAT_EXTENSIBLE"))
                .anyMatch(problem -> problem.contains("44100 Hz"))
                .anyMatch(problem -> problem.contains("24-bit"))
                .anyMatch(problem -> problem.contains("2 channels"));
        MonoAudio mono = wav.toMono();
        assertThat(mono.sampleRate()).isEqualTo(44100);
        assertThat(mono.length()).isEqualTo(4410);
        assertThat(mono.peak()).isCloseTo(0.5f, within(0.01f));
    }

    @Test
    void refusesCompressedAudioSayingWhatToDo() throws Exception {
        WavFile mp3 = WavFile.parse(TestWavs.wav(0x55, 0, 1, 8000, 16, new byte[100]));

        assertThatThrownBy(mp3::toMono).isInstanceOf(InvalidWavException.class)
                .hasMessageContaining("format tag 85").hasMessageContaining("export it as 16-bit PCM WAV");
    }

    @Test
    void refusesWhatIsNotAWavFile() {
        assertThatThrownBy(() -> WavFile.parse("ID3 this is an mp3".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(InvalidWavException.class).hasMessageContaining("not a WAV file");
    }

    @Test
    void noticesAFileCutShort() throws Exception {
        byte[] whole = WavFile.encode(TestWavs.tone(440, 0.1, 8000, 0.5));
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 100);

        assertThat(WavFile.parse(cut).problemsForAsterisk()).anyMatch(problem -> problem.startsWith("truncated"));
    }
}
