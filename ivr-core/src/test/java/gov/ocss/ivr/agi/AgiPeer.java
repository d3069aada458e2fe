package gov.ocss.ivr.agi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * Asterisk's side of a FastAGI connection, played by a test at the byte level, so that it can send
 * anything at all. A read that waits longer than {@code hangAfterMillis} is a server that hangs:
 * it fails the test instead of waiting with it.
 */
final class AgiPeer implements AutoCloseable {
    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;

    AgiPeer(int port, int hangAfterMillis) throws IOException {
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(hangAfterMillis);
        socket.setTcpNoDelay(true);
        out = socket.getOutputStream();
        in = socket.getInputStream();
    }

    static String environment(String script, String uniqueId) {
        return "agi_network: yes\nagi_network_script: " + script + "\nagi_request: agi://127.0.0.1/" + script
                + "\nagi_channel: Local/test-00000001;2\nagi_language: en\nagi_uniqueid: " + uniqueId
                + "\nagi_callerid: 7185551234\nagi_calleridname: Test Caller\n\n";
    }

    /** False once the server has closed the connection: there is no one left to send to. */
    boolean send(byte[] bytes) {
        try {
            out.write(bytes);
            out.flush();
            return true;
        } catch (SocketException closed) {
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    boolean send(String text) {
        return send(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The server's next command, without its newline; null when the server has closed the
     * connection. Bytes are decoded only to be checked: what the server sends must be text.
     */
    String readCommand() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            int b;
            try {
                b = in.read();
            } catch (SocketTimeoutException hung) {
                throw new AssertionError("the server neither sent nor closed for " + socket.getSoTimeout() + " ms");
            } catch (SocketException reset) {
                return null;
            }
            if (b < 0) {
                return null;
            }
            if (b == '\n') {
                return line.toString(StandardCharsets.UTF_8);
            }
            line.write(b);
        }
    }

    /** Reads and ignores commands until the server closes the connection; returns how many there were. */
    int drain(java.util.List<String> commands) throws IOException {
        int count = 0;
        for (String command = readCommand(); command != null; command = readCommand()) {
            commands.add(command);
            count++;
        }
        return count;
    }

    void stopSending() {
        try {
            socket.shutdownOutput();
        } catch (IOException alreadyClosed) {
            // The server closed first.
        }
    }

    /** Closes with a TCP reset, as a crashed peer would, instead of an orderly end. */
    void reset() throws IOException {
        socket.setSoLinger(true, 0);
        socket.close();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
