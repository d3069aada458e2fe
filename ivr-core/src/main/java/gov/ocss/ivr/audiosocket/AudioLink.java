package gov.ocss.ivr.audiosocket;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One call's audio, as Asterisk's AudioSocket application carries it (include/asterisk/res_audiosocket.h):
 * messages of a kind byte, a 2-byte big-endian length and a payload. Asterisk sends the call's UUID
 * first, then 8 kHz 16-bit signed linear audio (little-endian, x86's order, as Asterisk's slin is) and
 * any DTMF; hang-up (kind 0, or the connection closing) ends it. We send audio back, and kind 0 to
 * give the call back to the dialplan.
 */
public final class AudioLink implements AutoCloseable {
    static final int HANGUP = 0x00;
    static final int UUID_KIND = 0x01;
    static final int DTMF = 0x03;
    static final int AUDIO_8K = 0x10;
    static final int ERROR = 0xFF;

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;
    private final AudioSocketLimits limits;
    private final Runnable onClose;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final byte[] payload;

    AudioLink(Socket socket, AudioSocketLimits limits, Runnable onClose) throws IOException {
        this.socket = socket;
        this.limits = limits;
        this.onClose = onClose;
        this.in = new DataInputStream(new BufferedInputStream(socket.getInputStream(), 2048));
        this.out = socket.getOutputStream();
        this.payload = new byte[limits.maxFrameBytes()];
        socket.setTcpNoDelay(true);
    }

    /**
     * The first message: which call this connection carries. The hello time-out bounds the whole
     * message, not each read: a peer that dribbles it a byte at a time is cut off too.
     */
    UUID readHello() throws IOException {
        long deadline = System.nanoTime() + limits.helloTimeout().toNanos();
        byte[] hello = new byte[3 + 16];
        int read = 0;
        while (read < hello.length) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (left <= 0) {
                throw new SocketTimeoutException("no UUID within " + limits.helloTimeout().toMillis() + " ms");
            }
            socket.setSoTimeout((int) left);
            int n = in.read(hello, read, read < 3 ? 3 - read : hello.length - read);
            if (n < 0) {
                throw new EOFException("the connection closed before its UUID");
            }
            read += n;
            int kind = hello[0] & 0xff;
            int length = (hello[1] & 0xff) << 8 | hello[2] & 0xff;
            if (read == 3 && (kind != UUID_KIND || length != 16)) {
                throw new IOException("the first message was not a call's UUID (kind " + kind + ", " + length + " bytes)");
            }
        }
        ByteBuffer uuid = ByteBuffer.wrap(hello, 3, 16);
        socket.setSoTimeout((int) limits.idleTimeout().toMillis());
        return new UUID(uuid.getLong(), uuid.getLong());
    }

    /** The next frame of the caller's audio. DTMF is passed over: a TDD types, it has no keypad tones. */
    public short[] read() {
        try {
            while (true) {
                int kind = in.readUnsignedByte();
                int length = in.readUnsignedShort();
                if (kind == HANGUP) {
                    throw closed("the call hung up");
                }
                if (length > payload.length) {
                    throw closed("a message of " + length + " bytes, more than " + payload.length);
                }
                in.readFully(payload, 0, length);
                if (kind == AUDIO_8K && length % 2 == 0 && length > 0) {
                    short[] frame = new short[length / 2];
                    for (int i = 0; i < frame.length; i++) {
                        frame[i] = (short) (payload[2 * i] & 0xff | payload[2 * i + 1] << 8);
                    }
                    return frame;
                }
                if (kind == AUDIO_8K) {
                    throw closed("an audio message of " + length + " bytes, not whole 16-bit samples");
                }
                if (kind != DTMF) {
                    throw closed("a message of kind " + kind + " where 8 kHz audio was expected");
                }
            }
        } catch (SocketTimeoutException e) {
            throw closed("no audio for " + limits.idleTimeout().toMillis() + " ms");
        } catch (EOFException e) {
            throw closed("the connection closed");
        } catch (IOException e) {
            throw closed("the connection failed: " + e.getClass().getSimpleName());
        }
    }

    /** A frame to the caller. */
    public void write(short[] frame) {
        byte[] message = new byte[3 + 2 * frame.length];
        message[0] = AUDIO_8K;
        message[1] = (byte) (2 * frame.length >> 8);
        message[2] = (byte) (2 * frame.length);
        for (int i = 0; i < frame.length; i++) {
            message[3 + 2 * i] = (byte) frame[i];
            message[4 + 2 * i] = (byte) (frame[i] >> 8);
        }
        try {
            out.write(message);
        } catch (IOException e) {
            throw closed("the connection failed: " + e.getClass().getSimpleName());
        }
    }

    /**
     * Gives the call back to the dialplan: AudioSocket() returns, and the AGI script carries on. The
     * audio still on its way is read to the end before closing: closing with bytes unread would reset
     * the connection, and Asterisk could lose our hang-up message to the reset. The hello time-out
     * bounds the whole wait: a peer that keeps sending and never closes does not hold the call.
     */
    public void hangUp() {
        try {
            out.write(new byte[] {HANGUP, 0, 0});
            out.flush();
            socket.shutdownOutput();
            long deadline = System.nanoTime() + limits.helloTimeout().toNanos();
            socket.setSoTimeout((int) limits.helloTimeout().toMillis());
            while (in.read(payload) >= 0) {
                // Asterisk closes its end once it has read the hang-up.
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    break;
                }
                socket.setSoTimeout((int) left);
            }
        } catch (IOException ignored) {
            // Already gone, or slow to close: the dialplan has the call back either way.
        }
        close();
    }

    private AudioLinkClosed closed(String why) {
        close();
        return new AudioLinkClosed(why);
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // Closing is all we wanted.
            }
            onClose.run();
        }
    }
}
