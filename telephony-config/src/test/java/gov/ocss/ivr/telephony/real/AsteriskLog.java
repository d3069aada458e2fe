package gov.ocss.ivr.telephony.real;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asterisk's own account of every call, read as it writes it: its full log at verbose level 3 with
 * {@code agi set debug on}. Each line about a channel becomes an {@link Event} of that channel: an
 * AGI command Asterisk received (and so started), its reply, a sound it played, a dialplan
 * application it ran. This is how the suite's callers "hear" and "read" the line: by what Asterisk
 * did, not by what the phone server meant to do.
 */
final class AsteriskLog implements AutoCloseable {
    private static final Pattern LINE = Pattern.compile(
            "^\\[([0-9-]+ [0-9:.]+)] (\\w+)\\[\\d+](?:\\[[^]]*])? [\\w.]+: (.*)$");
    private static final Pattern AGI = Pattern.compile("^<([^>]+)>AGI (Rx <<|Tx >>) ?(.*)$");
    private static final Pattern PLAYING = Pattern.compile("^<([^>]+)> Playing '([^']+)\\.[a-z0-9]+' .*$");
    private static final Pattern EXECUTING = Pattern.compile(
            "^Executing \\[[^]]+] (\\w+)\\(\"([^\"]+)\", \"(.*)\"\\) in new stack$");
    private static final Pattern GET_OPTION = Pattern.compile("^GET OPTION \"?([^\" ]+)\"? .*$");
    private static final Pattern ENVIRONMENT = Pattern.compile("^agi_\\w+: .*|^$");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    enum Kind { ENVIRONMENT, COMMAND, REPLY, PLAYED, APPLICATION }

    /** What Asterisk did on a channel; {@code detail} is the application's data for {@link Kind#APPLICATION}. */
    record Event(Kind kind, String text, String detail, LocalDateTime time) {
        boolean isCommand(String start) {
            return kind == Kind.COMMAND && text.startsWith(start);
        }
    }

    private final Path file;
    private final List<String> lines = new ArrayList<>();
    private final Map<String, ChannelLog> channels = new ConcurrentHashMap<>();
    private final Thread reader;
    private volatile boolean open = true;
    /** Only the reader thread writes it. */
    private volatile long furthestBehindMillis;

    AsteriskLog(Path file) {
        this.file = file;
        this.reader = new Thread(this::follow, "asterisk-log");
        reader.setDaemon(true);
        reader.start();
    }

    /** Everything Asterisk has logged so far. */
    List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    /**
     * How far behind Asterisk the robots have read at worst since {@link #measureFromNow}: from the
     * time Asterisk stamped a line to the moment it was read, both its wait in Asterisk's logger queue
     * and this reader's. A robot reacts to a wait for a key that much late.
     */
    Duration furthestBehind() {
        return Duration.ofMillis(furthestBehindMillis);
    }

    void measureFromNow() {
        furthestBehindMillis = 0;
    }

    ChannelLog channel(String name) {
        return channels.computeIfAbsent(name, ChannelLog::new);
    }

    private void follow() {
        StringBuilder partial = new StringBuilder();
        byte[] buffer = new byte[64 * 1024];
        long position = 0;
        try {
            while (open) {
                if (!Files.exists(file)) {
                    Thread.sleep(20);
                    continue;
                }
                try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
                    while (open) {
                        in.seek(position);
                        int read = in.read(buffer);
                        if (read <= 0) {
                            Thread.sleep(10);
                            continue;
                        }
                        position += read;
                        partial.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
                        int newline;
                        while ((newline = partial.indexOf("\n")) >= 0) {
                            accept(partial.substring(0, newline));
                            partial.delete(0, newline + 1);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read Asterisk's log " + file, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void accept(String line) {
        synchronized (lines) {
            lines.add(line);
        }
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            return; // the rest of a message of several lines (a usage text)
        }
        LocalDateTime time = LocalDateTime.parse(m.group(1), TIME);
        long behind = Duration.between(time, LocalDateTime.now()).toMillis();
        if (behind > furthestBehindMillis && behind < Duration.ofHours(1).toMillis()) {
            furthestBehindMillis = behind;
        }
        String message = m.group(3);
        Matcher agi = AGI.matcher(message);
        if (agi.matches()) {
            boolean command = agi.group(2).startsWith("Rx");
            Kind kind = command ? Kind.COMMAND : ENVIRONMENT.matcher(agi.group(3)).matches() ? Kind.ENVIRONMENT : Kind.REPLY;
            channel(agi.group(1)).add(new Event(kind, agi.group(3), "", time));
            Matcher option = GET_OPTION.matcher(agi.group(3));
            if (command && option.matches()) {
                // GET OPTION logs its "Playing" line without the channel's name: its command names the sound.
                channel(agi.group(1)).add(new Event(Kind.PLAYED, option.group(1), "", time));
            }
            return;
        }
        Matcher playing = PLAYING.matcher(message);
        if (playing.matches()) {
            channel(playing.group(1)).add(new Event(Kind.PLAYED, playing.group(2), "", time));
            return;
        }
        Matcher executing = EXECUTING.matcher(message);
        if (executing.matches()) {
            channel(executing.group(2)).add(new Event(Kind.APPLICATION, executing.group(1), executing.group(3), time));
        }
    }

    @Override
    public void close() throws InterruptedException {
        open = false;
        reader.join(2000);
    }

    /** The events of one channel, in order, with a way to wait for the next one wanted. */
    static final class ChannelLog {
        private final String name;
        private final List<Event> events = new ArrayList<>();

        ChannelLog(String name) {
            this.name = name;
        }

        String name() {
            return name;
        }

        synchronized void add(Event event) {
            events.add(event);
            notifyAll();
        }

        synchronized List<Event> events() {
            return List.copyOf(events);
        }

        synchronized int size() {
            return events.size();
        }

        /** The AGI command Asterisk is running for this channel now, if any: received, not yet answered. */
        synchronized Event running() {
            for (int i = events.size() - 1; i >= 0; i--) {
                Event event = events.get(i);
                if (event.kind() == Kind.REPLY) {
                    return null;
                }
                if (event.kind() == Kind.COMMAND) {
                    return event;
                }
            }
            return null;
        }

        /** The index of the first event at or after {@code from} that {@code wanted} accepts, waiting for it. */
        synchronized int await(int from, java.util.function.Predicate<Event> wanted, Duration timeout, String what)
                throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            int i = from;
            while (true) {
                for (; i < events.size(); i++) {
                    if (wanted.test(events.get(i))) {
                        return i;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("waited " + timeout.toSeconds() + " s on " + name + " for " + what
                            + "; its last events: " + tail(events, 12));
                }
                wait(Math.max(1, left / 1_000_000));
            }
        }

        private static List<String> tail(List<Event> events, int count) {
            return events.subList(Math.max(0, events.size() - count), events.size()).stream()
                    .map(e -> e.kind() + " " + printable(e)).toList();
        }

        /** Key codes in replies are left out of a failure's message: they may be a PIN's digits. */
        private static String printable(Event event) {
            String text = event.kind() == Kind.REPLY ? event.text().replaceAll("result=[0-9*#]+", "result=N") : event.text();
            return event.detail().isEmpty() ? text : text + " " + event.detail();
        }
    }
}
