package gov.ocss.ivr.tty;

import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.prompts.audio.MonoAudio;
import gov.ocss.ivr.prompts.audio.WavFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** minimodem (the Debian package), a TDD nobody here wrote: it types for the tests' callers and reads what they are sent. */
final class Minimodem {
    private final Path folder;

    Minimodem(Path folder) {
        this.folder = folder;
    }

    static void assumeInstalled() {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/minimodem")),
                "minimodem is missing: ./phoneline test installs it (apt-get install minimodem)");
    }

    /** The sound of a US TDD typing {@code text} (45.45 baud). */
    short[] types(String text) throws IOException, InterruptedException {
        return typesAt(text, List.of("tdd"));
    }

    /** The sound of a TDD set to 50 baud, as many sold in Europe are. */
    short[] typesAt50Baud(String text) throws IOException, InterruptedException {
        return typesAt(text, List.of("--baudot", "--mark", "1400", "--space", "1800", "--stopbits", "1.5", "50"));
    }

    private short[] typesAt(String text, List<String> mode) throws IOException, InterruptedException {
        Path wav = Files.createTempFile(folder, "typed", ".wav");
        List<String> command = new ArrayList<>(List.of("minimodem", "--tx"));
        command.addAll(mode);
        command.addAll(List.of("-R", "8000", "-f", wav.toString()));
        run(command, text);
        return WavFile.read(wav).toMono().toPcm16();
    }

    /** What a US TDD prints of {@code samples}. */
    String reads(short[] samples) throws IOException, InterruptedException {
        Path wav = Files.createTempFile(folder, "heard", ".wav");
        Files.write(wav, WavFile.encode(MonoAudio.fromPcm16(samples, 8000)));
        return run(List.of("minimodem", "--rx", "tdd", "-q", "-R", "8000", "-f", wav.toString()), null);
    }

    /** Runs a command (minimodem, sox) with {@code input} on its standard input, and returns what it printed. */
    static String run(List<String> command, String input) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (input != null) {
            process.getOutputStream().write(input.getBytes(StandardCharsets.US_ASCII));
        }
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return output;
    }
}
