package gov.ocss.ivr.call;

import gov.ocss.ivr.audiosocket.AsteriskAudio;
import gov.ocss.ivr.tty.TddLine;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asterisk on a TDD call to the TTY line, played by a test over real sockets: the FastAGI session
 * (replies as in the recorded sessions), and, for {@code EXEC AudioSocket}, the application as
 * apps/app_audiosocket.c runs it: it holds the AGI session, connects to {@code host:port}, sends the
 * UUID, carries the caller's audio both ways, and returns 0 when the server sends a hang-up (kind 0)
 * or closes, -1 when it cannot connect or when 2 s pass with no activity. The caller is a TDD (a
 * {@link TddLine} on Asterisk's side of the audio) that reads each turn and types its answers.
 *
 * <p>Everything seen is written to {@link #events()} in the order it was seen; the AGI connection is
 * read by a thread of its own, so a command the server sends while AudioSocket runs shows up there at
 * once, not only when AudioSocket has returned.
 */
final class AudioSocketAsterisk implements AutoCloseable {
    private static final Pattern AUDIO_SOCKET = Pattern.compile("EXEC \"?AudioSocket\"? \"?([^,\"]*),([^\"]*)\"?");
    /** app_audiosocket.c's MAX_WAIT_TIMEOUT_MSEC and res_audiosocket.c's MAX_CONNECT_TIMEOUT_MSEC. */
    private static final int NO_ACTIVITY_MILLIS = 2000;
    /** How far the caller's audio runs ahead of the server's: Asterisk sends every 20 ms whatever comes back. */
    private static final int FRAMES_AHEAD = 5;
    private static final int HANG = 10_000;

    /** What Asterisk does when asked to run AudioSocket. */
    enum Application {
        /** Connects at once and carries the call's audio, as app_audiosocket does. */
        RUNS,
        /** Connects, but only after a delay (a slow or busy Asterisk), then carries the call's audio. */
        CONNECTS_LATE,
        /** Finds nobody at the address given (connection refused): returns -1 at once. */
        REFUSED
    }

    /** The caller's side of the conversation, run once the audio is connected. */
    interface Caller {
        void converse(Tdd tdd);
    }

    private final Socket agi;
    private final OutputStream agiOut;
    private final BlockingQueue<Optional<String>> commands = new LinkedBlockingQueue<>();
    private final List<String> events = Collections.synchronizedList(new ArrayList<>());
    /** Every frame of the server's audio, as the caller's line carried it. */
    private final List<short[]> heard = Collections.synchronizedList(new ArrayList<>());
    private final Application application;
    private final Caller caller;
    private final Duration lateBy;
    private Socket audio;
    private volatile boolean callerHungUp;

    AudioSocketAsterisk(int agiPort, Application application, Caller caller) throws IOException {
        this(agiPort, application, Duration.ZERO, caller);
    }

    /** {@code lateBy}: how long a {@link Application#CONNECTS_LATE} AudioSocket takes to connect. */
    AudioSocketAsterisk(int agiPort, Application application, Duration lateBy, Caller caller) throws IOException {
        this.application = application;
        this.caller = caller;
        this.lateBy = lateBy;
        agi = new Socket(InetAddress.getLoopbackAddress(), agiPort);
        agi.setTcpNoDelay(true);
        agiOut = agi.getOutputStream();
        InputStream in = new BufferedInputStream(agi.getInputStream());
        Thread reader = new Thread(() -> readCommands(in), "asterisk-agi-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** The call on the TTY line with the {@code tones} profile; returns when the server closes the AGI connection. */
    void call() throws IOException, InterruptedException {
        send("agi_network: yes\nagi_network_script: tty\nagi_request: agi://127.0.0.1/tty\n"
                + "agi_channel: PJSIP/carrier-00000001\nagi_language: en\nagi_uniqueid: 1796419982.1\n"
                + "agi_callerid: 7185551234\nagi_calleridname: Test Caller\nagi_arg_1: tones\n\n");
        while (true) {
            Optional<String> command = commands.poll(HANG, TimeUnit.MILLISECONDS);
            if (command == null) {
                throw new AssertionError("the server neither sent a command nor closed for " + HANG + " ms: " + events());
            }
            if (command.isEmpty()) {
                events.add("agi closed");
                return;
            }
            Matcher audioSocket = AUDIO_SOCKET.matcher(command.get());
            String reply = audioSocket.matches() ? audioSocket(audioSocket.group(1), audioSocket.group(2)) : reply(command.get());
            events.add("reply " + reply);
            if (!send(reply + "\n")) {
                events.add("agi closed");
                return;
            }
        }
    }

    /** In the order seen: {@code command ...}, {@code reply ...}, {@code audio ...}, {@code agi closed}. */
    List<String> events() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    /** The server's commands, in order. */
    List<String> commandsSent() {
        return events().stream().filter(e -> e.startsWith("command ")).map(e -> e.substring("command ".length())).toList();
    }

    /**
     * Each line the caller's TDD printed, without a GA or SK that ended it: the server's audio read
     * again from its start by a TDD of its own, which also prints a last line that no GA, new line or
     * pause ended before the audio did.
     */
    List<String> textsShown() {
        List<short[]> frames;
        synchronized (heard) {
            frames = new ArrayList<>(heard);
        }
        // Then 3 s of silence: the pause after which a TDD's user knows the other side has finished.
        for (int i = 0; i < 150; i++) {
            frames.add(new short[160]);
        }
        java.util.Iterator<short[]> recording = frames.iterator();
        TddLine tdd = new TddLine(new TddLine.Audio() {
            @Override
            public short[] read() {
                if (!recording.hasNext()) {
                    throw new AudioEnded("the end of the recording", 0);
                }
                return recording.next();
            }

            @Override
            public void write(short[] frame) {
            }
        });
        List<String> lines = new ArrayList<>();
        try {
            while (true) {
                tdd.answer(Duration.ofSeconds(90), Duration.ofSeconds(2)).filter(t -> !t.isEmpty()).ifPresent(lines::add);
            }
        } catch (AudioEnded end) {
            return lines;
        }
    }

    private String reply(String command) {
        if (callerHungUp) {
            // Recorded from a real Asterisk: every command after the caller has gone.
            return "511 Command Not Permitted on a dead channel or intercept routine";
        }
        if (command.startsWith("SET VARIABLE") || command.equals("HANGUP")) {
            return "200 result=1";
        }
        return "200 result=0";
    }

    private String audioSocket(String id, String service) {
        if (application == Application.REFUSED) {
            events.add("audio refused");
            return "200 result=-1";
        }
        if (application == Application.CONNECTS_LATE) {
            try {
                Thread.sleep(lateBy.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "200 result=-1";
            }
        }
        try {
            UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            events.add("audio: not a UUID: " + id);
            return "200 result=-1";
        }
        int colon = service.lastIndexOf(':');
        String host = service.substring(0, colon).replace("[", "").replace("]", "");
        int port = Integer.parseInt(service.substring(colon + 1));
        try (Socket socket = new Socket()) {
            audio = socket;
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), NO_ACTIVITY_MILLIS);
            socket.setSoTimeout(NO_ACTIVITY_MILLIS);
            events.add("audio connected");
            UUID call = UUID.fromString(id);
            OutputStream out = socket.getOutputStream();
            out.write(ByteBuffer.allocate(19).put((byte) 0x01).putShort((short) 16)
                    .putLong(call.getMostSignificantBits()).putLong(call.getLeastSignificantBits()).array());
            for (int i = 0; i < FRAMES_AHEAD; i++) {
                out.write(AsteriskAudio.audio(new short[160]));
            }
            Tdd tdd = new Tdd(new TddLine(new AsteriskSide(socket, out)));
            try {
                caller.converse(tdd);
                tdd.readUntilTheAudioEnds();
                throw new AssertionError("unreachable");
            } catch (AudioEnded ended) {
                events.add("audio " + ended.getMessage());
                return ended.result;
            }
        } catch (IOException e) {
            events.add("audio failed: " + e);
            return "200 result=-1";
        }
    }

    /** How AudioSocket ended, and what the application returns to the AGI session. */
    private static final class AudioEnded extends RuntimeException {
        final String result;

        AudioEnded(String how, int result) {
            super(how, null, false, false);
            this.result = "200 result=" + result;
        }
    }

    /** The call's audio as app_audiosocket carries it: each frame from the server read, one of the caller's sent. */
    private final class AsteriskSide implements TddLine.Audio {
        private final DataInputStream in;
        private final OutputStream out;

        AsteriskSide(Socket socket, OutputStream out) throws IOException {
            this.in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
            this.out = out;
        }

        @Override
        public short[] read() {
            try {
                int kind = in.readUnsignedByte();
                int length = in.readUnsignedShort();
                if (kind == 0x00) {
                    throw new AudioEnded("hung up by the server", 0);
                }
                if (kind != 0x10 || length < 1) {
                    throw new AudioEnded("refused a message of kind " + kind + " and " + length + " bytes", -1);
                }
                byte[] payload = new byte[length];
                in.readFully(payload);
                short[] frame = new short[length / 2];
                for (int i = 0; i < frame.length; i++) {
                    frame[i] = (short) (payload[2 * i] & 0xff | payload[2 * i + 1] << 8);
                }
                heard.add(frame);
                return frame;
            } catch (EOFException e) {
                // res_audiosocket.c: a socket closed by the server is a hang-up too.
                throw new AudioEnded("closed by the server", 0);
            } catch (SocketTimeoutException e) {
                throw new AudioEnded("timed out after " + NO_ACTIVITY_MILLIS + " ms of no activity", -1);
            } catch (IOException e) {
                throw new AudioEnded("failed: " + e, -1);
            }
        }

        @Override
        public void write(short[] frame) {
            try {
                out.write(AsteriskAudio.audio(frame));
            } catch (IOException e) {
                throw new AudioEnded("failed to write: " + e, -1);
            }
        }
    }

    /** The caller's TDD: prints what the server sends, types what the caller types. */
    final class Tdd {
        private final TddLine line;

        private Tdd(TddLine line) {
            this.line = line;
        }

        /** The server's next turn: what it sends up to GA, a new line or a pause; empty lines are skipped. */
        String read() {
            while (true) {
                Optional<String> turn = line.answer(Duration.ofSeconds(90), Duration.ofSeconds(2));
                if (turn.isEmpty()) {
                    throw new AssertionError("the server sent nothing for 90 s of audio");
                }
                if (!turn.get().isEmpty()) {
                    return turn.get();
                }
            }
        }

        /** The caller hangs up: AudioSocket's read of the channel fails, it returns -1 and closes its connection. */
        void hangUp() {
            callerHungUp = true;
            throw new AudioEnded("ended: the caller hung up", -1);
        }

        /** What the caller types, after a moment to read the turn: nobody types the instant the carrier drops. */
        void type(String text) {
            line.answer(Duration.ofSeconds(1), Duration.ofSeconds(1));
            line.send(text);
        }

        private void readUntilTheAudioEnds() {
            while (true) {
                line.answer(Duration.ofSeconds(90), Duration.ofSeconds(2));
            }
        }
    }

    private void readCommands(InputStream in) {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            for (int b = in.read(); b >= 0; b = in.read()) {
                if (b == '\n') {
                    String command = line.toString(StandardCharsets.UTF_8);
                    line.reset();
                    events.add("command " + command);
                    commands.add(Optional.of(command));
                } else {
                    line.write(b);
                }
            }
        } catch (SocketException closed) {
            // The server reset the connection, or the test closed it.
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            commands.add(Optional.empty());
        }
    }

    private boolean send(String text) {
        try {
            agiOut.write(text.getBytes(StandardCharsets.UTF_8));
            agiOut.flush();
            return true;
        } catch (IOException closed) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        agi.close();
        if (audio != null) {
            audio.close();
        }
    }
}
