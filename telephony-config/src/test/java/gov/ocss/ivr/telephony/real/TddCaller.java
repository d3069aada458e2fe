package gov.ocss.ivr.telephony.real;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

/**
 * A parent at a TDD, on the far end of a real Asterisk's call: what the line sends is read by
 * minimodem's TDD receiver as it arrives (a TDD nobody here wrote), and what the parent types is
 * minimodem's TDD tones. Like a phone line, the TDD's side sends audio every 20 ms, silence when
 * nobody types: AudioSocket gives up on a call that carries no audio for 2 seconds.
 */
final class TddCaller implements AutoCloseable {
    static final Duration TURN = Duration.ofSeconds(150);
    private static final int FRAME = 160;

    private final Socket socket;
    private final OutputStream out;
    private final Process reader;
    private final OutputStream readerAudio;
    private final StringBuffer printed = new StringBuffer();
    private final ConcurrentLinkedQueue<short[]> typing = new ConcurrentLinkedQueue<>();
    private volatile boolean ended;
    private volatile boolean typingDone = true;
    private int readUpTo;

    TddCaller(Socket socket) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
        this.reader = new ProcessBuilder("minimodem", "--rx", "tdd", "-q", "-R", "8000", "-f", "/dev/stdin")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        this.readerAudio = reader.getOutputStream();
        readerAudio.write(streamingWavHeader());
        start("tdd-sends", this::sendAudio);
        start("tdd-hears", this::hearAudio);
        start("tdd-prints", this::print);
    }

    private static void start(String name, ThrowingRunnable work) {
        Thread thread = new Thread(() -> {
            try {
                work.run();
            } catch (IOException | InterruptedException e) {
                // the call is over
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    private interface ThrowingRunnable {
        void run() throws IOException, InterruptedException;
    }

    /** Types {@code text} and waits until its last tone has gone out. */
    TddCaller type(String text) throws IOException, InterruptedException {
        Path wav = Files.createTempFile("tdd-types", ".wav");
        try {
            Process tx = new ProcessBuilder("minimodem", "--tx", "tdd", "--volume", "0.3", "-R", "8000", "-f", wav.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            tx.getOutputStream().write(text.getBytes(StandardCharsets.US_ASCII));
            tx.getOutputStream().close();
            if (!tx.waitFor(30, TimeUnit.SECONDS)) {
                throw new AssertionError("minimodem did not make the tones of what the caller types");
            }
            byte[] bytes = Files.readAllBytes(wav);
            ByteBuffer data = ByteBuffer.wrap(bytes, 44, bytes.length - 44).order(ByteOrder.LITTLE_ENDIAN);
            typingDone = false;
            while (data.remaining() >= 2) {
                short[] frame = new short[FRAME];
                for (int i = 0; i < FRAME && data.remaining() >= 2; i++) {
                    frame[i] = data.getShort();
                }
                typing.add(frame);
            }
            typing.add(new short[0]);
        } finally {
            Files.deleteIfExists(wav);
        }
        long deadline = System.nanoTime() + TURN.toNanos();
        while (!typingDone) {
            if (ended || System.nanoTime() > deadline) {
                throw new AssertionError("the call ended while the caller typed " + text.length() + " characters; printed: " + printed());
            }
            Thread.sleep(20);
        }
        return this;
    }

    /** What the TDD printed up to the line's next GA, from where the last turn ended. */
    String awaitGoAhead() throws InterruptedException {
        return awaitPrinted(" GA", "the line's GA");
    }

    /** Waits until the TDD has printed {@code text} (spaces and line breaks as one space), from where the last turn ended. */
    String awaitPrinted(String text, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TURN.toNanos();
        while (true) {
            String all = printed();
            int at = all.indexOf(text, readUpTo);
            if (at >= 0) {
                String turn = all.substring(readUpTo, at + text.length());
                readUpTo = at + text.length();
                return turn;
            }
            if (ended || System.nanoTime() > deadline) {
                throw new AssertionError("the TDD never printed " + what + (ended ? " (the call ended)" : "") + "; it printed: " + all);
            }
            Thread.sleep(50);
        }
    }

    /** Waits until the TDD has printed at least {@code characters} characters. */
    void awaitPrintedLength(int characters) throws InterruptedException {
        long deadline = System.nanoTime() + TURN.toNanos();
        while (printed.length() < characters) {
            if (ended || System.nanoTime() > deadline) {
                throw new AssertionError("the TDD printed only: " + printed());
            }
            Thread.sleep(20);
        }
    }

    /** Everything the TDD printed, each run of spaces and line breaks as one space. */
    String printed() {
        return printed.toString().replaceAll("\\s+", " ");
    }

    boolean hasEnded() {
        return ended;
    }

    /** Waits for the line to end the call. */
    void awaitEnd(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ended) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the call did not end within " + timeout.toSeconds() + " s; printed: " + printed());
            }
            Thread.sleep(50);
        }
    }

    /** Hangs up: the caller side's AudioSocket ends, and with it the caller's half of the call. */
    void hangUp() throws IOException {
        if (!ended) {
            synchronized (out) {
                out.write(new byte[] {0, 0, 0});
                out.flush();
            }
        }
    }

    /** A frame every 20 ms on a steady clock, as an RTP stream does. */
    private void sendAudio() throws IOException, InterruptedException {
        long next = System.nanoTime();
        byte[] message = new byte[3 + 2 * FRAME];
        message[0] = 0x10;
        message[1] = (byte) (2 * FRAME >> 8);
        message[2] = (byte) (2 * FRAME);
        while (!ended) {
            short[] frame = typing.poll();
            if (frame != null && frame.length == 0) {
                typingDone = true;
                frame = null;
            }
            for (int i = 0; i < FRAME; i++) {
                short sample = frame == null || i >= frame.length ? 0 : frame[i];
                message[3 + 2 * i] = (byte) sample;
                message[4 + 2 * i] = (byte) (sample >> 8);
            }
            synchronized (out) {
                out.write(message);
            }
            next += 20_000_000;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
        }
    }

    /** What the line sends goes to minimodem as it arrives. */
    private void hearAudio() throws IOException {
        DataInputStream in = new DataInputStream(socket.getInputStream());
        try {
            while (true) {
                int kind = in.readUnsignedByte();
                int length = in.readUnsignedShort();
                byte[] payload = in.readNBytes(length);
                if (kind == 0x00 || payload.length < length) {
                    break;
                }
                if (kind == 0x10) {
                    readerAudio.write(payload);
                    readerAudio.flush();
                }
            }
        } catch (IOException e) {
            // the call's audio ended
        } finally {
            ended = true;
            // A second of silence lets minimodem finish the last character before its input ends.
            try {
                readerAudio.write(new byte[16000]);
                readerAudio.close();
            } catch (IOException ignored) {
                // minimodem has gone already
            }
        }
    }

    private void print() throws IOException {
        InputStream in = reader.getInputStream();
        int c;
        while ((c = in.read()) >= 0) {
            printed.append((char) c);
        }
    }

    /** A WAV header for audio of unknown length: 8 kHz, 16-bit, mono, the sizes as large as they go. */
    private static byte[] streamingWavHeader() {
        ByteBuffer header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(0x7FFFFFF0).put("WAVE".getBytes(StandardCharsets.US_ASCII));
        header.put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(8000).putInt(16000).putShort((short) 2).putShort((short) 16);
        header.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(0x7FFFFFCC);
        return header.array();
    }

    @Override
    public void close() throws IOException {
        ended = true;
        socket.close();
        reader.destroy();
    }
}
