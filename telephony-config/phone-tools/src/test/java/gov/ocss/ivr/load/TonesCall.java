package gov.ocss.ivr.load;

import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.tty.CallerTdd;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One TDD call to the TTY line with the {@code tones} profile, played as Asterisk plays it: the FastAGI
 * session on this call's own thread (replies as in the recorded sessions), and, for {@code EXEC
 * AudioSocket}, app_audiosocket's connection to the server, whose audio goes out on the steady clock
 * of an {@link AudioClock} (a 20 ms frame every 20 ms, as RTP brings it, whatever the server does) and
 * comes in on an {@link AudioReaders} thread, which times each of the server's frames against the frame
 * of ours it answers and reads it with the caller's TDD while the caller still reads. The caller
 * follows the {@link TonesScript}, then keeps the line, silent, until the call has lasted its length,
 * and hangs up: the audio connection closes, AudioSocket returns -1, and the server must end the
 * call quietly and close the AGI connection.
 */
final class TonesCall implements Runnable {
    static final long FRAME_NANOS = 20_000_000;
    /** As in the recorded sessions and AudioSocketAsterisk (its Asterisk's side). */
    private static final Pattern AUDIO_SOCKET = Pattern.compile("EXEC \"?AudioSocket\"? \"?([^,\"]*),([^\"]*)\"?");
    private static final String DEAD_CHANNEL = "511 Command Not Permitted on a dead channel or intercept routine";
    /** Our frames remembered until answered: 164 s of audio. */
    private static final int RING = 1 << 13;
    private static final long STAGE_LIMIT = TimeUnit.SECONDS.toNanos(60);
    /** A TDD user reads the turn's last words before typing. */
    private static final long READ_BEFORE_TYPING = TimeUnit.SECONDS.toNanos(1);
    private static final int AGI_SILENCE_MILLIS = 30_000;
    private static final int CLOSE_AFTER_HANG_UP_MILLIS = 10_000;

    enum Stage {
        DIALLING("the AudioSocket command"), LANGUAGE_MENU("the language menu's GA"), MAIN_MENU("the main menu's first choice"),
        CASE_NUMBER("the case-number question's GA"), HOLDING("the caller's hang-up"), ENDED("nothing");

        final String waitingFor;

        Stage(String waitingFor) {
            this.waitingFor = waitingFor;
        }
    }

    private record Typing(byte[][] frames, long from) {
    }

    private final int number;
    private final Language language;
    private final TonesScript script;
    private final TonesLevel level;
    private final InetSocketAddress agiAddress;
    private final long lengthNanos;
    private final AudioClock clock;
    private final AudioReaders readers;

    private SocketChannel audio;
    private final long[] sentAt = new long[RING];
    private volatile int sent;
    private volatile int answered;
    /** The pacer's: when our next frame is due. */
    private long nextDue;
    private final AtomicReference<Typing> typing = new AtomicReference<>();
    private int typed;
    /** Where in our audio the caller began each answer, for a failure's particulars. */
    private final StringBuffer typedAt = new StringBuffer();
    /** The reader's: the caller's TDD and what it has printed in this turn. */
    private final CallerTdd tdd = new CallerTdd();
    private final StringBuilder printed = new StringBuilder();
    private boolean goAheadLast;
    /** What the caller has read of this turn, for a failure's particulars (written by the reader only). */
    private volatile String shownSoFar = "";
    private short[] frame = new short[TonesScript.SAMPLES_PER_FRAME];
    private final ByteBuffer inbox = ByteBuffer.allocate(8192);
    private volatile Stage stage = Stage.DIALLING;
    private volatile long stageSince;
    private volatile long started;
    private volatile long hangUpAt = Long.MAX_VALUE;
    private volatile boolean callerHungUp;
    private final AtomicReference<String> failure = new AtomicReference<>();
    /** AudioSocket's result, once its connection has ended. */
    private final CompletableFuture<String> audioSocketResult = new CompletableFuture<>();

    TonesCall(int number, TonesScript script, TonesLevel level, InetSocketAddress agiAddress, long lengthNanos,
              AudioClock clock, AudioReaders readers) {
        this.number = number;
        this.language = Language.values()[number % Language.values().length];
        this.script = script;
        this.level = level;
        this.agiAddress = agiAddress;
        this.lengthNanos = lengthNanos;
        this.clock = clock;
        this.readers = readers;
    }

    /** The call, on its own thread; returns once the server has closed the AGI connection, or the call failed. */
    @Override
    public void run() {
        started = System.nanoTime();
        stageSince = started;
        try (Socket agi = new Socket()) {
            agi.connect(agiAddress, 10_000);
            agi.setTcpNoDelay(true);
            agi.setSoTimeout(AGI_SILENCE_MILLIS);
            OutputStream out = agi.getOutputStream();
            BufferedReader in = new BufferedReader(new InputStreamReader(agi.getInputStream(), StandardCharsets.UTF_8));
            send(out, String.format("agi_network: yes\nagi_network_script: tty\nagi_request: agi://127.0.0.1/tty\n"
                    + "agi_channel: PJSIP/carrier-%08x\nagi_language: en\nagi_uniqueid: 1796419982.%d\n"
                    + "agi_callerid: 718555%04d\nagi_calleridname: TDD caller\nagi_arg_1: tones\n\n", number, number, number % 10_000));
            for (String command = in.readLine(); command != null; command = in.readLine()) {
                Matcher audioSocket = AUDIO_SOCKET.matcher(command);
                if (audioSocket.matches()) {
                    send(out, audioSocket(audioSocket.group(1), audioSocket.group(2)) + "\n");
                    if (callerHungUp) {
                        agi.setSoTimeout(CLOSE_AFTER_HANG_UP_MILLIS);
                    }
                } else if (callerHungUp) {
                    send(out, DEAD_CHANNEL + "\n");
                } else if (command.startsWith("SET VARIABLE") || command.equals("HANGUP")) {
                    send(out, "200 result=1\n");
                } else {
                    send(out, "200 result=0\n");
                }
                if (failure.get() != null) {
                    return;
                }
            }
            if (!callerHungUp) {
                fail("the server ended the call first", "at " + stage.name().toLowerCase());
            } else {
                level.completed.incrementAndGet();
            }
        } catch (SocketTimeoutException e) {
            if (callerHungUp) {
                fail("the AGI session stayed open after the hang-up", "for " + CLOSE_AFTER_HANG_UP_MILLIS + " ms");
            } else {
                fail("no AGI command for " + AGI_SILENCE_MILLIS / 1000 + " s", "at " + stage.name().toLowerCase());
            }
        } catch (IOException e) {
            fail(stage == Stage.DIALLING ? "the AGI connection failed before the audio" : "the AGI connection failed",
                    e.toString());
        } finally {
            endAudio(callerHungUp ? "200 result=-1" : "200 result=0");
        }
    }

    /** Asterisk's AudioSocket application: connects, names the call, and returns when its connection has ended. */
    private String audioSocket(String id, String service) {
        if (audio != null) {
            fail("a second AudioSocket", service);
            return "200 result=-1";
        }
        try {
            UUID call = UUID.fromString(id);
            int colon = service.lastIndexOf(':');
            InetSocketAddress address = new InetSocketAddress(service.substring(0, colon).replace("[", "").replace("]", ""),
                    Integer.parseInt(service.substring(colon + 1)));
            audio = SocketChannel.open();
            audio.socket().setTcpNoDelay(true);
            audio.socket().connect(address, 2_000);
            ByteBuffer hello = ByteBuffer.allocate(19).put((byte) 0x01).putShort((short) 16)
                    .putLong(call.getMostSignificantBits()).putLong(call.getLeastSignificantBits()).flip();
            while (hello.hasRemaining()) {
                audio.write(hello);
            }
            audio.configureBlocking(false);
        } catch (IOException | RuntimeException e) {
            fail("the audio connection failed", e.toString());
            return "200 result=-1";
        }
        advance(Stage.LANGUAGE_MENU, System.nanoTime());
        readers.add(this);
        clock.add(this);
        try {
            return audioSocketResult.get(lengthNanos + TimeUnit.MINUTES.toNanos(5), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            fail("AudioSocket never ended", "at " + stage.name().toLowerCase());
            return "200 result=-1";
        } catch (InterruptedException | ExecutionException e) {
            fail("interrupted", e.toString());
            return "200 result=-1";
        }
    }

    SocketChannel audio() {
        return audio;
    }

    /** The pacer's: the first frame's slot on the steady clock. */
    void startClock(long firstDue) {
        nextDue = firstDue;
    }

    /**
     * The pacer's, at each of its ticks: sends every frame due by {@code now}, hangs up when it is
     * time. False once the call's audio has ended.
     */
    boolean tick(long now) {
        Stage at = stage;
        if (at == Stage.ENDED) {
            return false;
        }
        if (at == Stage.HOLDING && now >= hangUpAt) {
            hangUp(now);
            return false;
        }
        if (at != Stage.HOLDING && now - stageSince > STAGE_LIMIT) {
            fail("waited 60 s for " + at.waitingFor, "printed: " + shownSoFar);
            return false;
        }
        while (nextDue <= now) {
            if (!sendFrame()) {
                return false;
            }
        }
        return true;
    }

    private boolean sendFrame() {
        byte[] message = TonesScript.SILENCE;
        Typing keys = typing.get();
        if (keys != null && nextDue >= keys.from()) {
            if (typed == 0) {
                typedAt.append(typedAt.length() == 0 ? "typed at our frames " : ", ").append(sent);
            }
            message = keys.frames()[typed++];
            if (typed == keys.frames().length) {
                typing.compareAndSet(keys, null);
                typed = 0;
            }
        }
        int k = sent;
        if (k - answered >= RING) {
            fail("the server fell " + RING / 50 + " s behind", "");
            return false;
        }
        long at = System.nanoTime();
        sentAt[k & (RING - 1)] = at;
        sent = k + 1;
        try {
            ByteBuffer buffer = ByteBuffer.wrap(message);
            audio.write(buffer);
            if (buffer.hasRemaining()) {
                fail("the server stopped taking our audio", "its connection's buffers are full");
                return false;
            }
        } catch (IOException e) {
            if (stage != Stage.ENDED) {
                fail("writing our audio failed", e.toString());
            }
            return false;
        }
        level.sent(nextDue, at);
        nextDue += FRAME_NANOS;
        return true;
    }

    /** The reader's, when the audio connection has bytes: false once the call's audio has ended. */
    boolean onReadable() {
        if (stage == Stage.ENDED) {
            return false;
        }
        try {
            while (true) {
                int n = audio.read(inbox);
                if (n < 0) {
                    if (stage != Stage.ENDED) {
                        fail("the server closed the audio", "at " + stage.name().toLowerCase());
                    }
                    return false;
                }
                if (n == 0) {
                    return stage != Stage.ENDED;
                }
                long now = System.nanoTime();
                inbox.flip();
                while (inbox.remaining() >= 3 && stage != Stage.ENDED) {
                    int kind = inbox.get(inbox.position()) & 0xff;
                    int length = inbox.getShort(inbox.position() + 1) & 0xffff;
                    if (3 + length > inbox.capacity()) {
                        fail("a message too long", kind + ", " + length + " bytes");
                    } else if (inbox.remaining() < 3 + length) {
                        break;
                    } else {
                        inbox.position(inbox.position() + 3);
                        message(kind, length, now);
                    }
                }
                inbox.compact();
            }
        } catch (IOException e) {
            if (stage != Stage.ENDED) {
                fail("reading the server's audio failed", e.toString());
            }
            return false;
        }
    }

    private void message(int kind, int length, long now) {
        if (kind == 0x00) {
            fail("the server hung up the audio", "at " + stage.name().toLowerCase());
            return;
        }
        if (kind != 0x10 || length % 2 != 0) {
            fail("a message of another kind than audio", "kind " + kind + ", " + length + " bytes");
            return;
        }
        int k = answered;
        if (k >= sent) {
            level.unasked.incrementAndGet();
        } else {
            level.answered(sentAt[k & (RING - 1)], now);
            answered = k + 1;
        }
        Stage at = stage;
        if (at == Stage.HOLDING || at == Stage.ENDED) {
            inbox.position(inbox.position() + length);
            return;
        }
        if (frame.length != length / 2) {
            frame = new short[length / 2];
        }
        for (int i = 0; i < frame.length; i++) {
            frame[i] = (short) (inbox.get() & 0xff | inbox.get() << 8);
        }
        String read = tdd.hear(frame);
        if (!read.isEmpty()) {
            printed.append(read);
            String shown = TonesScript.normalise(printed);
            shownSoFar = shown;
            goAheadLast = shown.equals("GA") || shown.endsWith(" GA");
            if (at == Stage.MAIN_MENU && shown.contains(script.firstChoice(language))) {
                // A caller who knows the menu types over the rest of it, a moment after reading the choice; the line stops to
                // read them. (Keys typed within half a second of the line's sending the same character are taken for its echo.)
                type(script.choiceOne(), now + READ_BEFORE_TYPING);
                advance(Stage.CASE_NUMBER, now);
                return;
            }
        }
        if (goAheadLast && !tdd.hearsCarrier()) {
            turnEnded(at, TonesScript.normalise(printed), now);
        }
    }

    /** The line sent GA and its carrier dropped: the caller's turn. */
    private void turnEnded(Stage at, String shown, long now) {
        switch (at) {
            case LANGUAGE_MENU -> {
                if (!shown.contains(script.languageMenu())) {
                    fail("the first turn was not the language menu", shown);
                    return;
                }
                type(script.languageKey(language), now + READ_BEFORE_TYPING);
                advance(Stage.MAIN_MENU, now);
            }
            case MAIN_MENU -> fail("the main menu ended before its first choice", shown);
            case CASE_NUMBER -> {
                if (!shown.contains(script.caseNumberQuestion(language))) {
                    fail("the turn after the main menu was not the case-number question", shown);
                    return;
                }
                level.scriptRead(now - started);
                hangUpAt = Math.max(started + lengthNanos, now + READ_BEFORE_TYPING);
                advance(Stage.HOLDING, now);
            }
            default -> fail("a turn ended at " + at.name().toLowerCase(), shown);
        }
    }

    private void type(byte[][] keys, long from) {
        typing.set(new Typing(keys, from));
    }

    private void advance(Stage next, long now) {
        printed.setLength(0);
        shownSoFar = "";
        goAheadLast = false;
        stageSince = now;
        stage = next;
    }

    /** The caller hangs up (the pacer's): AudioSocket's connection closes and it returns -1. */
    private void hangUp(long now) {
        callerHungUp = true;
        long missing = 0;
        for (int k = answered; k < sent; k++) {
            if (sentAt[k & (RING - 1)] <= now - FRAME_NANOS) {
                missing++;
            }
        }
        level.missingAtHangUp.addAndGet(missing);
        endAudio("200 result=-1");
    }

    private void fail(String kind, String detail) {
        if (failure.compareAndSet(null, kind)) {
            level.failed(kind, "call " + number + ", " + language.code() + ", " + typedAt + ": " + detail);
        }
        endAudio("200 result=-1");
    }

    private void endAudio(String result) {
        stage = Stage.ENDED;
        if (audio != null) {
            try {
                audio.close();
            } catch (IOException ignored) {
                // Closed is all we wanted.
            }
        }
        audioSocketResult.complete(result);
    }

    private static void send(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
