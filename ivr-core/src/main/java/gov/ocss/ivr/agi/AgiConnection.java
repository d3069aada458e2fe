package gov.ocss.ivr.agi;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.regex.Pattern;
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
    /**
     * The longest reply Asterisk sends is a 520 usage text of a few dozen lines (HANGUP notices and
     * "100 Trying" lines come one at a time before a reply).
     */
    private static final int MAX_REPLY_LINES = 100;

    /** Asterisk-Java quotes the application's name: {@code EXEC "AudioSocket" "..."}. */
    private static final Pattern AUDIO_SOCKET_COMMAND = Pattern.compile("(?i)EXEC\\s+\"?AudioSocket\"?\\s");

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final AgiLimits limits;
    private final AgiStepTimer stepTimer;
    private final long environmentDeadline;
    private final byte[] received = new byte[READ_BUFFER_BYTES];
    private int receivedAt;
    private int receivedEnd;
    /** The deadline past which this connection has had its one last look ({@link #lastLook}). */
    private long lookedPast;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(128);
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private boolean inEnvironment = true;
    private int environmentLines;
    private boolean sawAnyByte;
    private long lastLineReadAt;
    /** A line has been read that no command has followed yet: the server's turn is running. */
    private boolean serverTurn;
    private boolean commandWritten;
    private boolean audioHandedOver;
    /** Lines read since the last command: one reply, with any notices before it. */
    private int replyLines;

    AgiConnection(Socket socket, AgiLimits limits, AgiStepTimer stepTimer) throws IOException {
        this.socket = socket;
        this.limits = limits;
        this.stepTimer = stepTimer;
        this.in = socket.getInputStream();
        this.out = new BufferedOutputStream(socket.getOutputStream(), WRITE_BUFFER_BYTES);
        this.environmentDeadline = System.nanoTime() + limits.environmentTimeout().toNanos();
        socket.setTcpNoDelay(true);
    }

    @Override
    public String readLine() throws IOException {
        line.reset();
        countReplyLine();
        Duration patience = audioHandedOver ? limits.audioCallTimeout() : limits.replyTimeout();
        long deadline = inEnvironment ? environmentDeadline : System.nanoTime() + patience.toNanos();
        while (true) {
            int b = nextByte(deadline);
            if (b < 0) {
                if (inEnvironment && !sawAnyByte) {
                    // Connected and closed without a byte: a port check (a load balancer's, monitoring's,
                    // nc -z), not Asterisk. Every few seconds a WARN would bury the ones that matter.
                    log.debug("A connection from {}:{} closed without sending anything (a port check)",
                            socket.getInetAddress().getHostAddress(), socket.getPort());
                    socket.close();
                    throw new EOFException("closed without sending anything");
                }
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

    /**
     * Every wait for bytes is held to the deadline of the line (of the whole block, in the environment),
     * so a client that sends one byte at a time is cut off just like one that sends nothing. Bytes
     * already received (here or in the kernel) are never late, however long this thread waited for a
     * processor.
     */
    private int nextByte(long deadline) throws IOException {
        if (receivedAt == receivedEnd) {
            int count;
            if (deadline - System.nanoTime() <= 0) {
                count = lastLook(deadline);
            } else {
                socket.setSoTimeout(millisLeft(deadline));
                try {
                    count = in.read(received);
                } catch (SocketTimeoutException e) {
                    count = lastLook(deadline);
                }
            }
            if (count < 0) {
                return -1;
            }
            sawAnyByte = true;
            receivedAt = 0;
            receivedEnd = count;
        }
        return received[receivedAt++] & 0xff;
    }

    /**
     * Asterisk-Java reads a reply until it is complete, and reads again after every HANGUP notice and
     * every "100 Trying" line (by recursion): a peer that never ends a reply would otherwise fill the
     * heap or the stack.
     */
    private void countReplyLine() throws IOException {
        if (!inEnvironment && ++replyLines > MAX_REPLY_LINES) {
            throw refuse("a reply of more than " + MAX_REPLY_LINES + " lines");
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

    /**
     * Past the deadline: what the kernel already holds, taken once without waiting. On a saturated
     * machine the call's thread may get a processor seconds after Asterisk sent the environment block;
     * those bytes came in time. Anything still to come is too late, so a client that dribbles is cut
     * off all the same (one look per deadline).
     */
    private int lastLook(long deadline) throws IOException {
        if (lookedPast == deadline) {
            throw tooSlow();
        }
        lookedPast = deadline;
        int waiting = in.available();
        if (waiting <= 0) {
            throw tooSlow();
        }
        return in.read(received, 0, Math.min(waiting, received.length));
    }

    /** At least a millisecond: a socket time-out of 0 would wait for ever. */
    private static int millisLeft(long deadline) {
        long left = (deadline - System.nanoTime()) / 1_000_000;
        return (int) Math.max(1, Math.min(left, Integer.MAX_VALUE));
    }

    private IOException tooSlow() {
        return inEnvironment
                ? refuse("the environment block did not arrive within " + limits.environmentTimeout().toMillis() + " ms")
                : refuse("no reply within " + (audioHandedOver ? limits.audioCallTimeout() : limits.replyTimeout()).toMillis() + " ms");
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
        // The one command whose reply comes only when the call's audio connection ends (see AgiLimits).
        audioHandedOver = AUDIO_SOCKET_COMMAND.matcher(s).lookingAt();
        out.write(oneLine(s).getBytes(StandardCharsets.UTF_8));
        commandWritten = true;
        replyLines = 0;
    }

    /**
     * A command is one line whatever went into it: Asterisk-Java echoes the request's URL, which the
     * caller's side wrote, into a VERBOSE command when no script has the name, and a CR or other
     * control character there would reach Asterisk's command parser and its log.
     */
    static String oneLine(String command) {
        int end = command.endsWith("\n") ? command.length() - 1 : command.length();
        boolean clean = true;
        for (int i = 0; i < end && clean; i++) {
            clean = !isControl(command.charAt(i));
        }
        if (clean) {
            return command;
        }
        StringBuilder line = new StringBuilder(command.length());
        for (int i = 0; i < end; i++) {
            char c = command.charAt(i);
            if (!isControl(c)) {
                line.append(c);
            }
        }
        log.warn("Dropped control characters from an AGI command");
        return line.append(command, end, command.length()).toString();
    }

    private static boolean isControl(char c) {
        return c < 0x20 || c == 0x7f;
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
