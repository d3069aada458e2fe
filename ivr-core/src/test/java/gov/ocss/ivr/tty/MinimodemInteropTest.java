package gov.ocss.ivr.tty;

import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.prompts.audio.MonoAudio;
import gov.ocss.ivr.prompts.audio.WavFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The modem against one nobody here wrote: minimodem (Debian's package, installed by ./phoneline) in its
 * TTY/TDD mode (45.45 baud, Baudot, 2 stop bits, 1400/1800 Hz) reads what we send and sends what we read.
 */
class MinimodemInteropTest {
    private static final String TEXT = "YOUR PAST-DUE BALANCE IS $2,504.92. CALL 888-208-4485 (8:30 TO 5)? GA";

    @TempDir
    Path folder;

    @BeforeAll
    static void minimodemIsHere() {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/minimodem")),
                "minimodem is missing: ./phoneline test installs it (apt-get install minimodem)");
    }

    @Test
    void minimodemReadsWhatWeSend() throws Exception {
        Path wav = folder.resolve("ours.wav");
        Files.write(wav, WavFile.encode(MonoAudio.fromPcm16(BaudotTransmitter.tdd().transmit(TEXT), 8000)));
        String read = Minimodem.run(List.of("minimodem", "--rx", "tdd", "-q", "-R", "8000", "-f", wav.toString()), null);
        assertThat(read.trim()).isEqualTo(TEXT);
    }

    @Test
    void weReadWhatMinimodemSends() throws Exception {
        Path wav = folder.resolve("theirs.wav");
        Minimodem.run(List.of("minimodem", "--tx", "tdd", "-R", "8000", "-f", wav.toString()), TEXT);
        short[] samples = WavFile.read(wav).toMono().toPcm16();
        assertThat(BaudotModemTest.receive(samples).trim()).isEqualTo(TEXT);
    }

    /**
     * A caller whose line gets quieter by 20 dB halfway (a handset moved, another line's loss), with
     * line noise and G.711's companding: sox, not our code, makes the line.
     */
    @Test
    void weReadMinimodemThroughNoiseALevelThatChangesAndULaw() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/sox")), "sox is missing: ./phoneline test installs it");
        String loud = "MY CASE NUMBER IS 123-456-7890 GA ";
        String quiet = "AND MY ZIP IS 10458, THANK YOU SK";
        Path first = folder.resolve("first.wav");
        Path second = folder.resolve("second.wav");
        Minimodem.run(List.of("minimodem", "--tx", "tdd", "-R", "8000", "-f", first.toString()), loud);
        Minimodem.run(List.of("minimodem", "--tx", "tdd", "-R", "8000", "-f", second.toString()), quiet);
        // minimodem writes at full scale (+3 dBm0); sox's mix halves each input: about -15 and -35 dBm0.
        Path loudLine = sox(first, "loud.wav", "vol", "0.25");
        Path quietLine = sox(second, "quiet.wav", "vol", "0.025");
        Path level = folder.resolve("level.wav");
        Minimodem.run(List.of("sox", loudLine.toString(), quietLine.toString(), level.toString()), null);
        // White noise about 17 dB under the quieter half, and the line's u-law.
        Path noise = folder.resolve("noise.wav");
        Minimodem.run(List.of("sox", "-n", "-r", "8000", "-b", "16", "-c", "1", noise.toString(), "synth", seconds(level),
                "whitenoise", "vol", "0.004"), null);
        Path ulaw = folder.resolve("ulaw.wav");
        Minimodem.run(List.of("sox", "-m", level.toString(), noise.toString(), "-e", "u-law", ulaw.toString()), null);
        Path noisy = sox(ulaw, "noisy.wav", "-e", "signed-integer", "-b", "16");
        short[] samples = WavFile.read(noisy).toMono().toPcm16();

        assertThat(BaudotModemTest.receive(samples).replaceAll("\\s+", " ").trim()).isEqualTo(loud + quiet);
    }

    private Path sox(Path in, String out, String... effects) throws IOException, InterruptedException {
        Path result = folder.resolve(out);
        List<String> command = new java.util.ArrayList<>(List.of("sox", in.toString()));
        int options = effects.length > 0 && effects[0].startsWith("-") ? effects.length : 0;
        command.addAll(List.of(effects).subList(0, options));
        command.add(result.toString());
        command.addAll(List.of(effects).subList(options, effects.length));
        Minimodem.run(command, null);
        return result;
    }

    private static String seconds(Path wav) throws IOException {
        return String.valueOf(WavFile.read(wav).toMono().toPcm16().length / 8000.0);
    }
}
