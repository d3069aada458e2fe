package gov.ocss.ivr.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** minimodem as a TDD (45.45 baud Baudot, 1400/1800 Hz): what a parent's TDD would print of a sound. */
public final class TddReader {
    private TddReader() {
    }

    /** What minimodem reads in a WAV file (a tone file, or a recording of a call). */
    public static String reads(Path wav) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("minimodem", "--rx", "tdd", "-R", "8000", "-f", wav.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        process.getOutputStream().close();
        String read = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return read;
    }
}
