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
        String read = run(List.of("minimodem", "--rx", "tdd", "-q", "-R", "8000", "-f", wav.toString()), null);
        assertThat(read.trim()).isEqualTo(TEXT);
    }

    @Test
    void weReadWhatMinimodemSends() throws Exception {
        Path wav = folder.resolve("theirs.wav");
        run(List.of("minimodem", "--tx", "tdd", "-R", "8000", "-f", wav.toString()), TEXT);
        short[] samples = WavFile.read(wav).toMono().toPcm16();
        assertThat(BaudotModemTest.receive(samples).trim()).isEqualTo(TEXT);
    }

    private String run(List<String> command, String input) throws IOException, InterruptedException {
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
