package gov.ocss.ivr.tty;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
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
        Files.write(wav, wav(BaudotTransmitter.tdd().transmit(TEXT)));
        String read = run(List.of("minimodem", "--rx", "tdd", "-q", "-R", "8000", "-f", wav.toString()), null);
        assertThat(read.trim()).isEqualTo(TEXT);
    }

    @Test
    void weReadWhatMinimodemSends() throws Exception {
        Path wav = folder.resolve("theirs.wav");
        run(List.of("minimodem", "--tx", "tdd", "-R", "8000", "-f", wav.toString()), TEXT);
        byte[] file = Files.readAllBytes(wav);
        ShortSamples samples = ShortSamples.ofWav(file);
        assertThat(BaudotModemTest.receive(samples.values).trim()).isEqualTo(TEXT);
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

    /** A 16-bit mono 8 kHz WAV. */
    private static byte[] wav(short[] samples) {
        ByteBuffer out = ByteBuffer.allocate(44 + samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        out.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + samples.length * 2)
                .put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(8000).putInt(16000).putShort((short) 2).putShort((short) 16)
                .put("data".getBytes(StandardCharsets.US_ASCII)).putInt(samples.length * 2);
        for (short sample : samples) {
            out.putShort(sample);
        }
        return out.array();
    }

    /** The samples of a 16-bit PCM WAV, found by its "data" chunk. */
    private record ShortSamples(short[] values) {
        static ShortSamples ofWav(byte[] file) {
            ByteBuffer in = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
            int at = 12;
            while (at + 8 <= file.length) {
                String id = new String(file, at, 4, StandardCharsets.US_ASCII);
                int size = in.getInt(at + 4);
                if (id.equals("data")) {
                    short[] values = new short[Math.min(size, file.length - at - 8) / 2];
                    in.position(at + 8);
                    in.asShortBuffer().get(values);
                    return new ShortSamples(values);
                }
                at += 8 + size + (size & 1);
            }
            throw new IllegalArgumentException("no data chunk");
        }
    }
}
