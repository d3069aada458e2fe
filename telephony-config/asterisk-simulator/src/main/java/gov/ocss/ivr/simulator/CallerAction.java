package gov.ocss.ivr.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a simulated caller does in answer to one turn: press keys, type a line of text, hang up,
 * or nothing. Each event has a time relative to the start of the turn (0 = as soon as the prompt
 * starts), so a key pressed 1.2 s into a prompt interrupts it at sample 9600, and a key pressed
 * after the prompt ended reaches whatever the server does next (type-ahead). Immutable.
 */
public final class CallerAction {
    /** Keys a telephone keypad sends as DTMF. */
    static final String DTMF_KEYS = "0123456789*#ABCD";

    public enum Kind { KEY, TEXT, HANG_UP }

    /** One thing the caller does; {@code value} is the key for {@link Kind#KEY}, the line for {@link Kind#TEXT}. */
    public record Event(Kind kind, String value, long atMillis) {
        public Event {
            Objects.requireNonNull(kind);
            Objects.requireNonNull(value);
            if (atMillis < 0) {
                throw new IllegalArgumentException("an event cannot happen before its turn");
            }
        }

        @Override
        public String toString() {
            // Never show what was keyed or typed: records and logs of tests must stay free of PINs.
            return switch (kind) {
                case KEY -> "key@" + atMillis;
                case TEXT -> "text(" + value.length() + " chars)@" + atMillis;
                case HANG_UP -> "hang-up@" + atMillis;
            };
        }
    }

    private static final CallerAction SILENCE = new CallerAction(List.of());

    private final List<Event> events;

    private CallerAction(List<Event> events) {
        this.events = List.copyOf(events);
    }

    /** The caller does nothing: prompts play to the end, waits time out. */
    public static CallerAction silence() {
        return SILENCE;
    }

    /** Presses {@code keys} (DTMF: {@code 0-9 * # A-D}) one after the other, at the start of the turn. */
    public static CallerAction press(String keys) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("press at least one key");
        }
        List<Event> events = new ArrayList<>(keys.length());
        for (int i = 0; i < keys.length(); i++) {
            char key = keys.charAt(i);
            if (DTMF_KEYS.indexOf(key) < 0) {
                throw new IllegalArgumentException("a phone keypad has no key '" + key + "'");
            }
            events.add(new Event(Kind.KEY, String.valueOf(key), 0));
        }
        return new CallerAction(events);
    }

    /** Types one line of text (a TTY or real-time-text caller), answered to RECEIVE TEXT. */
    public static CallerAction typeText(String line) {
        return new CallerAction(List.of(new Event(Kind.TEXT, Objects.requireNonNull(line), 0)));
    }

    public static CallerAction hangUp() {
        return new CallerAction(List.of(new Event(Kind.HANG_UP, "", 0)));
    }

    /** The same action, started {@code delay} into the turn. */
    public CallerAction after(Duration delay) {
        return shiftedBy(delay.toMillis());
    }

    public CallerAction afterMillis(long delayMillis) {
        return shiftedBy(delayMillis);
    }

    /** This action, then {@code next} starting when this one's last event happens. */
    public CallerAction andThen(CallerAction next) {
        long from = lastMillis();
        List<Event> all = new ArrayList<>(events);
        for (Event e : next.events) {
            all.add(new Event(e.kind(), e.value(), from + e.atMillis()));
        }
        return new CallerAction(all);
    }

    public List<Event> events() {
        return events;
    }

    public boolean isSilence() {
        return events.isEmpty();
    }

    CallerAction shiftedBy(long millis) {
        if (millis == 0 || events.isEmpty()) {
            return this;
        }
        List<Event> shifted = new ArrayList<>(events.size());
        for (Event e : events) {
            shifted.add(new Event(e.kind(), e.value(), e.atMillis() + millis));
        }
        return new CallerAction(shifted);
    }

    private long lastMillis() {
        long last = 0;
        for (Event e : events) {
            last = Math.max(last, e.atMillis());
        }
        return last;
    }

    @Override
    public String toString() {
        return events.isEmpty() ? "silence" : events.toString();
    }
}
