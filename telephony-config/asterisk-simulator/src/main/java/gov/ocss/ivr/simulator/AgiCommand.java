package gov.ocss.ivr.simulator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One command line an AGI server sent, split into words the way Asterisk's res_agi.c splits it
 * (its {@code parse_args}): words end at unquoted, unescaped blanks or tabs; a double quote
 * toggles quoting and, coming off a blank, starts a word, so {@code ""} is an empty word; a
 * backslash makes the next character literal and is itself dropped. Nothing else is special:
 * a trailing carriage return stays part of the last word, as it does in Asterisk.
 */
public final class AgiCommand {
    /** res_agi keeps at most 127 words (MAX_ARGS 128, one slot for the terminator); the rest are dropped. */
    static final int MAX_WORDS = 127;

    private final String line;
    private final List<String> words;

    private AgiCommand(String line, List<String> words) {
        this.line = line;
        this.words = words;
    }

    public static AgiCommand parse(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        boolean quoted = false;
        boolean escaped = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' && !escaped) {
                quoted = !quoted;
                if (quoted && word == null && words.size() < MAX_WORDS) {
                    word = new StringBuilder();
                }
                continue;
            }
            if ((c == ' ' || c == '\t') && !quoted && !escaped) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
                continue;
            }
            if (c == '\\' && !escaped) {
                escaped = true;
                continue;
            }
            if (word == null) {
                if (words.size() >= MAX_WORDS) {
                    // Asterisk warns "Too many arguments, truncating" and keeps the escape pending.
                    continue;
                }
                word = new StringBuilder();
            }
            word.append(c);
            escaped = false;
        }
        if (word != null) {
            words.add(word.toString());
        }
        return new AgiCommand(line, Collections.unmodifiableList(words));
    }

    /** The line exactly as received, without its newline. */
    public String line() {
        return line;
    }

    public List<String> words() {
        return words;
    }

    /** Number of words, as res_agi's handlers see it ({@code argc}). */
    public int argc() {
        return words.size();
    }

    /** Word {@code i} (0-based, like {@code argv[i]}). */
    public String word(int i) {
        return words.get(i);
    }

    @Override
    public String toString() {
        return line;
    }
}
