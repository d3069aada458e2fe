package gov.ocss.ivr.prompts.audio;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bengali and Albanian by espeak-ng, run as a separate process for each sound, at compile time
 * only (the phone server never speaks through it). The text goes in on standard input, never on
 * a command line or through a shell, so no wording can be taken for an option. espeak-ng writes
 * 22,050 Hz audio; {@link AudioCompiler} resamples it for the phone. Each call is its own process,
 * so several can run at once.
 */
public final class EspeakVoice implements Voice {

    public static final String NOT_INSTALLED = "espeak-ng is not installed: apt-get install -y espeak-ng";

    /** A little slower than espeak-ng's 175 words a minute: callers hear it through a phone line. */
    private static final int WORDS_PER_MINUTE = 160;
    /** Out of espeak-ng's 200 (default 100): its loudest vowels then keep a little headroom after resampling. */
    private static final int AMPLITUDE = 80;
    private static final long TIME_LIMIT_SECONDS = 60;
    private static final Pattern VERSION = Pattern.compile("text-to-speech:\\s*(\\S+)");

    private final String command;
    private final String voice;
    private volatile String version;
    /** Once espeak-ng turns out to be missing, every other sound is told so without trying to start it again. */
    private volatile VoiceUnavailableException unavailable;

    /** @param voice espeak-ng's voice name, e.g. {@code bn} or {@code sq} */
    public EspeakVoice(String voice) {
        this("espeak-ng", voice);
    }

    /** @param command the espeak-ng program, looked up on the PATH if not a path */
    public EspeakVoice(String command, String voice) {
        this.command = command;
        this.voice = voice;
    }

    @Override
    public SoundSource source() {
        return SoundSource.ESPEAK_NG;
    }

    @Override
    public String settings() throws VoiceUnavailableException {
        return "espeak-ng " + version() + " voice=" + voice + " rate=" + WORDS_PER_MINUTE + " amplitude=" + AMPLITUDE;
    }

    @Override
    public MonoAudio speak(String text) throws SynthesisException {
        Path wav = null;
        try {
            wav = Files.createTempFile("espeak-" + voice + "-", ".wav");
            // -b 1: the text is UTF-8 whatever the locale; without it a C locale reads Bengali script as Latin-1.
            String output = run(List.of(command, "-b", "1", "-v", voice, "-s", String.valueOf(WORDS_PER_MINUTE),
                    "-a", String.valueOf(AMPLITUDE), "--stdin", "-w", wav.toString()), text);
            if (output.contains("voice does not exist")) {
                throw new VoiceUnavailableException("espeak-ng has no voice " + voice
                        + " (is the espeak-ng-data package complete?)");
            }
            if (Files.size(wav) == 0) {
                throw new SynthesisException("espeak-ng wrote no audio for \"" + text + "\": " + output.strip());
            }
            return WavFile.read(wav).toMono();
        } catch (InvalidWavException unreadable) {
            throw new SynthesisException("espeak-ng wrote an unreadable WAV file: " + unreadable.getMessage());
        } catch (SynthesisException expected) {
            throw expected;
        } catch (IOException io) {
            throw new SynthesisException("espeak-ng failed: " + io.getMessage());
        } finally {
            deleteQuietly(wav);
        }
    }

    private String version() throws VoiceUnavailableException {
        String known = version;
        if (known == null) {
            try {
                String output = run(List.of(command, "--version"), "");
                Matcher matcher = VERSION.matcher(output);
                known = matcher.find() ? matcher.group(1) : output.lines().findFirst().orElse("unknown").strip();
            } catch (VoiceUnavailableException missing) {
                throw missing;
            } catch (IOException failed) {
                throw new VoiceUnavailableException("espeak-ng --version failed: " + failed.getMessage());
            }
            version = known;
        }
        return known;
    }

    /** Runs espeak-ng with the text on standard input; returns what it printed (stdout and stderr). */
    private String run(List<String> arguments, String input) throws IOException {
        if (unavailable != null) {
            throw unavailable;
        }
        Process process;
        try {
            process = new ProcessBuilder(arguments).redirectErrorStream(true).start();
        } catch (IOException cannotStart) {
            unavailable = new VoiceUnavailableException(NOT_INSTALLED);
            throw unavailable;
        }
        try {
            try (OutputStream stdin = process.getOutputStream()) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
            }
            // espeak-ng prints only a line or two (with -w the audio goes to the file), so the pipe
            // cannot fill up while we wait.
            if (!process.waitFor(TIME_LIMIT_SECONDS, TimeUnit.SECONDS)) {
                throw new SynthesisException("espeak-ng took more than " + TIME_LIMIT_SECONDS + " s");
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.exitValue() != 0 && !output.contains("voice does not exist")) {
                throw new SynthesisException("espeak-ng exited with " + process.exitValue() + ": " + output.strip());
            }
            return output;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new SynthesisException("interrupted while espeak-ng was speaking");
        } finally {
            process.destroyForcibly();
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file left behind is harmless
            }
        }
    }
}
