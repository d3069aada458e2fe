package gov.ocss.ivr.agi;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.asteriskjava.util.SocketConnectionFacade;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One FastAGI connection, read line by line under {@link AgiLimits}: a line too long, bytes that are
 * not UTF-8, an environment block that never ends or arrives too slowly, or a reply that never comes
 * all end the connection with an {@link IOException} that says which limit was hit, and one log line
 * (Asterisk-Java's own stack traces for these are switched off: bad input is not a server error).
 *
 * <p>It also times each step for {@link AgiStepTimer}: Asterisk-Java reads a reply with
 * {@link #readLine()} and sends a command with {@link #write(String)} and {@link #flush()}, so this is
 * the one place that sees both ends of the server's turn without knowing any AGI command.
 */
final class AgiConnection implements SocketConnectionFacade {
    private static final Logger log = LoggerFactory.getLogger(AgiConnection.class);

    /**
     * AGI lines are short (a reply is a few dozen bytes, the whole environment about a kilobyte) and
     * a server holds thousands of calls: the JDK's default 8 KB a buffer cost 160 MB of heap at
     * 10,000 calls, and the socket's per-thread direct buffer grows to the size of the reads.
     */
    private static final int READ_BUFFER_BYTES = 2048;
    private static final int WRITE_BUFFER_BYTES = 1024;

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final AgiLimits limits;
    private final AgiStepTimer stepTimer;
    private final long environmentDeadline;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(128);
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private boolean inEnvironment = true;
    private int environmentLines;
    private long lastLineReadAt;
    /** A line has been read that no command has followed yet: the server's turn is running. */
    private boolean serverTurn;
    private boolean commandWritten;

    AgiConnection(Socket socket, AgiLimits limits, AgiStepTimer stepTimer) throws IOException {
        this.socket = socket;
        this.limits = limits;
        this.stepTimer = stepTimer;
        this.in = new BufferedInputStream(socket.getInputStream(), READ_BUFFER_BYTES);
        this.out = new BufferedOutputStream(socket.getOutputStream(), WRITE_BUFFER_BYTES);
        this.environmentDeadline = System.nanoTime() + limits.environmentTimeout().toNanos();
        socket.setTcpNoDelay(true);
    }

    @Override
    public String readLine() throws IOException {
        line.reset();
        while (true) {
            // In the environment block the time-out is re-armed for every byte, so that a client sending
            // one byte at a time still meets the deadline; a reply gets the reply time-out per line.
            if (inEnvironment || line.size() == 0) {
                socket.setSoTimeout(readTimeoutMillis());
            }
            int b;
            try {
                b = in.read();
            } catch (SocketTimeoutException e) {
                throw inEnvironment ? environmentTooSlow() : refuse("no reply within " + limits.replyTimeout().toSeconds() + " s");
            }
            if (b < 0) {
                if (inEnvironment) {
                    throw refuse("closed before the environment block ended");
                }
                if (line.size() == 0) {
                    return null;
                }
                throw new EOFException("connection closed in the middle of a line");
            }
            if (b == '\n') {
                String text = finishLine();
                // A reply of several lines (520-...) counts from its last; so does the environment block.
                lastLineReadAt = System.nanoTime();
                serverTurn = true;
                return text;
            }
            if (line.size() >= limits.maxLineBytes()) {
                throw refuse("a line longer than " + limits.maxLineBytes() + " bytes");
            }
            line.write(b);
        }
    }

    private String finishLine() throws IOException {
        byte[] bytes = line.toByteArray();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        String text;
        try {
            text = utf8.decode(ByteBuffer.wrap(bytes, 0, length)).toString();
        } catch (CharacterCodingException e) {
            throw refuse("a line that is not UTF-8");
        }
        if (inEnvironment) {
            if (text.isEmpty()) {
                inEnvironment = false;
            } else if (++environmentLines > limits.maxEnvironmentLines()) {
                throw refuse("an environment block of more than " + limits.maxEnvironmentLines() + " lines");
            }
        }
        return text;
    }

    private int readTimeoutMillis() throws IOException {
        if (!inEnvironment) {
            return (int) limits.replyTimeout().toMillis();
        }
        long left = (environmentDeadline - System.nanoTime()) / 1_000_000;
        if (left <= 0) {
            throw environmentTooSlow();
        }
        return (int) left;
    }

    private IOException environmentTooSlow() {
        return refuse("the environment block did not arrive within " + limits.environmentTimeout().toMillis() + " ms");
    }

    private IOException refuse(String reason) {
        log.warn("Closed the FastAGI connection from {}:{}: {}", socket.getInetAddress().getHostAddress(), socket.getPort(), reason);
        try {
            socket.close();
        } catch (IOException ignored) {
            // Closing is all we wanted.
        }
        return new IOException(reason);
    }

    @Override
    public void write(String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.UTF_8));
        commandWritten = true;
    }

    /**
     * The step ends as the command is handed to the socket, not after: a flush that blocks because
     * Asterisk is not reading is Asterisk's time, not ours.
     */
    @Override
    public void flush() throws IOException {
        if (commandWritten && serverTurn) {
            stepTimer.step(System.nanoTime() - lastLineReadAt);
            serverTurn = false;
        }
        commandWritten = false;
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    @Override
    public boolean isConnected() {
        return socket.isConnected() && !socket.isClosed();
    }

    @Override
    public InetAddress getLocalAddress() {
        return socket.getLocalAddress();
    }

    @Override
    public int getLocalPort() {
        return socket.getLocalPort();
    }

    @Override
    public InetAddress getRemoteAddress() {
        return socket.getInetAddress();
    }

    @Override
    public int getRemotePort() {
        return socket.getPort();
    }
}
