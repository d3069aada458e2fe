package gov.ocss.ivr.simulator;

import java.util.ArrayList;
import java.util.List;

/** Lines of text the caller typed (TTY or real-time text), each with the moment it arrived. */
final class TextInbox {
    record Text(String text, long at) {
    }

    private final List<Text> texts = new ArrayList<>();

    void arrive(String text, long at) {
        int i = texts.size();
        while (i > 0 && texts.get(i - 1).at() > at) {
            i--;
        }
        texts.add(i, new Text(text, at));
    }

    Text takeBefore(long limit) {
        if (!texts.isEmpty() && texts.get(0).at() < limit) {
            return texts.remove(0);
        }
        return null;
    }

    /**
     * Asterisk reads and discards text frames whenever no RECEIVE TEXT is running, so a line that
     * arrives during anything else is lost.
     */
    int dropBefore(long limit) {
        int n = 0;
        while (!texts.isEmpty() && texts.get(0).at() < limit) {
            texts.remove(0);
            n++;
        }
        return n;
    }
}
