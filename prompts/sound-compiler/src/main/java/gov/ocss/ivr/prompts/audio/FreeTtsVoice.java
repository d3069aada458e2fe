package gov.ocss.ivr.prompts.audio;

import com.sun.speech.freetts.audio.AudioPlayer;
import com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory;
import java.io.ByteArrayOutputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import javax.sound.sampled.AudioFormat;

/**
 * English by one of FreeTTS's Kevin diphone voices: {@code kevin}, recorded at 8 kHz, or
 * {@code kevin16}, the same speaker at 16 kHz (the compiler's {@link Resampler} filters it down to
 * the phone's 8 kHz). It runs in this JVM: the voice is loaded once (about half a second) on the
 * first sentence, and its audio is captured from FreeTTS's player interface instead of going to a
 * sound card.
 *
 * <p>The voice is taken straight from its directory class rather than through FreeTTS's
 * {@code VoiceManager}, which would need the {@code freetts.voices} system property set for the
 * whole JVM. A FreeTTS voice is not thread-safe; sentences are spoken one at a time.
 */
public final class FreeTtsVoice implements Voice {

    /** The voices {@link KevinVoiceDirectory} offers; the other FreeTTS voice (alan) only tells the time. */
    static final Set<String> KEVIN_VOICES = Set.of("kevin", "kevin16");
    /**
     * kevin at its own rate stays the line's voice: a recogniser understood none of the other Kevin voices
     * and rates clearly better (every difference's 95% interval includes zero, and the recogniser's own
     * run-to-run noise is as large), and slower rates only lengthen calls. See BENCHMARKS.md, "English
     * voice intelligibility" ({@code IntelligibilityBenchmark}).
     */
    static final String DEFAULT_VOICE = "kevin";
    static final float DEFAULT_WORDS_PER_MINUTE = 150;
    private static final float PITCH_HZ = 100;

    private final String voiceName;
    private final float wordsPerMinute;
    private com.sun.speech.freetts.Voice voice;

    /** The line's English voice. */
    public FreeTtsVoice() {
        this(DEFAULT_VOICE, DEFAULT_WORDS_PER_MINUTE);
    }

    /**
     * Another Kevin voice or speaking rate, for comparing them (see {@code IntelligibilityBenchmark}).
     *
     * @param wordsPerMinute FreeTTS's rate: every phone's duration is stretched by the voice's nominal 150 / rate
     */
    FreeTtsVoice(String voiceName, float wordsPerMinute) {
        if (!KEVIN_VOICES.contains(voiceName)) {
            throw new IllegalArgumentException("not a FreeTTS Kevin voice: " + voiceName + " (" + KEVIN_VOICES + ")");
        }
        if (!(wordsPerMinute >= 60 && wordsPerMinute <= 300)) {
            throw new IllegalArgumentException("not a speaking rate in words per minute: " + wordsPerMinute);
        }
        this.voiceName = voiceName;
        this.wordsPerMinute = wordsPerMinute;
    }

    @Override
    public SoundSource source() {
        return SoundSource.FREETTS;
    }

    @Override
    public String settings() {
        // The voice and rate are part of every English sound's staleness key: changing either re-renders.
        return engineBuild() + " " + voiceName + " rate=" + wordsPerMinute + " pitch=" + PITCH_HZ;
    }

    @Override
    public synchronized MonoAudio speak(String text) throws SynthesisException {
        com.sun.speech.freetts.Voice kevin = loaded();
        CapturingPlayer player = new CapturingPlayer();
        kevin.setAudioPlayer(player);
        if (!kevin.speak(text)) {
            throw new SynthesisException("FreeTTS could not speak: " + text);
        }
        return player.audio();
    }

    @Override
    public synchronized void close() {
        if (voice != null) {
            voice.deallocate();
            voice = null;
        }
    }

    private com.sun.speech.freetts.Voice loaded() throws VoiceUnavailableException {
        if (voice == null) {
            com.sun.speech.freetts.Voice found = Arrays.stream(new KevinVoiceDirectory().getVoices())
                    .filter(candidate -> candidate.getName().equals(voiceName))
                    .findFirst()
                    .orElseThrow(() -> new VoiceUnavailableException("FreeTTS has no voice named " + voiceName));
            found.setRate(wordsPerMinute);
            found.setPitch(PITCH_HZ);
            found.allocate();
            voice = found;
        }
        return voice;
    }

    /** The FreeTTS jar's file name (it carries the version; the jar's manifest does not), so an upgrade re-renders. */
    private static String engineBuild() {
        try {
            Path jar = Path.of(com.sun.speech.freetts.Voice.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar.getFileName().toString();
        } catch (RuntimeException | URISyntaxException notAFile) {
            return "freetts";
        }
    }

    /** FreeTTS's sound card stand-in: keeps every byte of every utterance of one {@code speak}. */
    private static final class CapturingPlayer implements AudioPlayer {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private AudioFormat format;

        MonoAudio audio() throws SynthesisException {
            if (format == null) {
                throw new SynthesisException("FreeTTS produced no audio");
            }
            if (format.getEncoding() != AudioFormat.Encoding.PCM_SIGNED || format.getSampleSizeInBits() != 16
                    || format.getChannels() != 1) {
                throw new SynthesisException("FreeTTS produced " + format + "; expected 16-bit signed mono PCM");
            }
            byte[] raw = bytes.toByteArray();
            short[] pcm = new short[raw.length / 2];
            for (int i = 0; i < pcm.length; i++) {
                int first = raw[2 * i];
                int second = raw[2 * i + 1];
                pcm[i] = format.isBigEndian()
                        ? (short) ((first << 8) | (second & 0xFF))
                        : (short) ((second << 8) | (first & 0xFF));
            }
            return MonoAudio.fromPcm16(pcm, Math.round(format.getSampleRate()));
        }

        @Override
        public void setAudioFormat(AudioFormat format) {
            this.format = format;
        }

        @Override
        public AudioFormat getAudioFormat() {
            return format;
        }

        @Override
        public boolean write(byte[] audio) {
            return write(audio, 0, audio.length);
        }

        @Override
        public boolean write(byte[] audio, int offset, int size) {
            bytes.write(audio, offset, size);
            return true;
        }

        // The rest of the interface drives a real sound card: nothing to do when capturing.
        @Override
        public void pause() {
        }

        @Override
        public void resume() {
        }

        @Override
        public void reset() {
        }

        @Override
        public boolean drain() {
            return true;
        }

        @Override
        public void begin(int size) {
        }

        @Override
        public boolean end() {
            return true;
        }

        @Override
        public void cancel() {
        }

        @Override
        public void close() {
        }

        @Override
        public float getVolume() {
            return 1f;
        }

        @Override
        public void setVolume(float volume) {
        }

        @Override
        public long getTime() {
            return 0;
        }

        @Override
        public void resetTime() {
        }

        @Override
        public void startFirstSampleTimer() {
        }

        @Override
        public void showMetrics() {
        }
    }
}
