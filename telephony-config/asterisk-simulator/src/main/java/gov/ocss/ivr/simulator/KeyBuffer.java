package gov.ocss.ivr.simulator;

import java.util.ArrayList;
import java.util.List;

/**
 * The keys the caller has pressed and the channel has not consumed yet, each with the moment it
 * was pressed (call time in ms). A key pressed before a command starts waits here (type-ahead),
 * the way a DTMF digit that arrives while the server is busy reaches the next prompt. Keys are
 * kept in the order they were pressed; two keys pressed at the same moment keep the order the
 * caller gave them.
 */
final class KeyBuffer {
    record Key(char key, long at) {
    }

    private final List<Key> keys = new ArrayList<>();
    private int discarded;

    void press(char key, long at) {
        int i = keys.size();
        while (i > 0 && keys.get(i - 1).at() > at) {
            i--;
        }
        keys.add(i, new Key(key, at));
    }

    boolean isEmpty() {
        return keys.isEmpty();
    }

    int size() {
        return keys.size();
    }

    /** Takes the first key pressed before {@code limit}; null when there is none. */
    Key takeAnyBefore(long limit) {
        if (!keys.isEmpty() && keys.get(0).at() < limit) {
            return keys.remove(0);
        }
        return null;
    }

    /**
     * Playback that the keys in {@code escapeDigits} interrupt (STREAM FILE and friends): keys
     * pressed before {@code limit} that are not escape digits are thrown away, as Asterisk's
     * {@code ast_waitstream} reads and ignores them; the first escape digit is taken and returned,
     * and the keys after it stay for whatever comes next. Null when no escape digit came.
     */
    Key takeEscapeBefore(String escapeDigits, long limit) {
        while (!keys.isEmpty() && keys.get(0).at() < limit) {
            Key key = keys.remove(0);
            if (escapeDigits.indexOf(key.key()) >= 0) {
                return key;
            }
            discarded++;
        }
        return null;
    }

    /** How many keys playback threw away since the last call. */
    int takeDiscarded() {
        int n = discarded;
        discarded = 0;
        return n;
    }

    /** Throws away the keys pressed before {@code limit}, which nothing on the channel was reading; returns how many. */
    int dropBefore(long limit) {
        int n = 0;
        while (!keys.isEmpty() && keys.get(0).at() < limit) {
            keys.remove(0);
            n++;
        }
        return n;
    }
}
