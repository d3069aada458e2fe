package gov.ocss.ivr.audiosocket;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.util.UUID;

/**
 * Asterisk's side of an AudioSocket connection, played by a test byte by byte as app_audiosocket.c
 * and res_audiosocket.c write it: the UUID message first, then audio (kind 0x10, 8 kHz 16-bit signed
 * linear, little-endian) and DTMF (kind 0x03, one byte); each message a kind byte, a 2-byte
 * big-endian length and the payload. A read that waits longer than {@code hangAfterMillis} is a
 * server that hangs: it fails the test instead of waiting with it.
 */
public final class AsteriskAudio implements AutoCloseable {
    /** A message from the server; {@code payload} as it came off the wire. */
    record Message(int kind, byte[] payload) {
        short[] samples() {
            short[] samples = new short[payload.length / 2];
            for (int i = 0; i < samples.length; i++) {
                samples[i] = (short) (payload[2 * i] & 0xff | payload[2 * i + 1] << 8);
            }
            return samples;
        }
    }

    private final Socket socket;
    private final OutputStream out;
    private final DataInputStream in;

    AsteriskAudio(int port, int hangAfterMillis) throws IOException {
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(hangAfterMillis);
        socket.setTcpNoDelay(true);
        out = socket.getOutputStream();
        in = new DataInputStream(socket.getInputStream());
    }

    /** The first message app_audiosocket sends: the call's UUID as its 16 bytes (uuid_parse's order). */
    static byte[] hello(UUID call) {
        return ByteBuffer.allocate(19).put((byte) 0x01).putShort((short) 16)
                .putLong(call.getMostSignificantBits()).putLong(call.getLeastSignificantBits()).array();
    }

    /** An audio message, its samples little-endian as Asterisk's slin is on x86. */
    public static byte[] audio(short... samples) {
        byte[] message = new byte[3 + 2 * samples.length];
        message[0] = 0x10;
        message[1] = (byte) (2 * samples.length >> 8);
        message[2] = (byte) (2 * samples.length);
        for (int i = 0; i < samples.length; i++) {
            message[3 + 2 * i] = (byte) samples[i];
            message[4 + 2 * i] = (byte) (samples[i] >> 8);
        }
        return message;
    }

    /** 20 ms of silence, the frame Asterisk sends every 20 ms while nobody speaks. */
    static byte[] silence() {
        return audio(new short[160]);
    }

    static byte[] dtmf(char digit) {
        return new byte[] {0x03, 0, 1, (byte) digit};
    }

    static byte[] hangup() {
        return new byte[] {0x00, 0, 0};
    }

    AsteriskAudio sayHello(UUID call) throws IOException {
        return send(hello(call));
    }

    AsteriskAudio send(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
        return this;
    }

    /** Like {@link #send}, but false once the server has closed the connection. */
    boolean trySend(byte[] bytes) {
        try {
            send(bytes);
            return true;
        } catch (IOException closed) {
            return false;
        }
    }

    /** The server's next message; null when it has closed the connection (an orderly close or a reset). */
    Message read() throws IOException {
        try {
            int kind = in.readUnsignedByte();
            int length = in.readUnsignedShort();
            byte[] payload = new byte[length];
            in.readFully(payload);
            return new Message(kind, payload);
        } catch (SocketTimeoutException hung) {
            throw new AssertionError("the server neither sent nor closed for " + socket.getSoTimeout() + " ms");
        } catch (EOFException | SocketException closed) {
            return null;
        }
    }

    /** Reads and drops what the server sends until it closes the connection. */
    void awaitClosed() throws IOException {
        while (true) {
            try {
                if (in.read(new byte[4096]) < 0) {
                    return;
                }
            } catch (SocketTimeoutException hung) {
                throw new AssertionError("the server did not close the connection within " + socket.getSoTimeout() + " ms");
            } catch (SocketException reset) {
                return;
            }
        }
    }

    void stopSending() {
        try {
            socket.shutdownOutput();
        } catch (IOException closed) {
            // The server closed first.
        }
    }

    /** Closes with a TCP reset, as a crashed Asterisk would, instead of an orderly end. */
    void reset() throws IOException {
        socket.setSoLinger(true, 0);
        socket.close();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
