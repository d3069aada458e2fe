package gov.ocss.ivr.simulator;

import java.util.List;

/**
 * What a command answers: its reply line, whether res_agi.c's handler reported failure (which
 * makes AGISTATUS FAILURE unless the caller hung up), or that the syntax was wrong (520 usage).
 */
record Reply(String line, boolean failure, boolean usage) {
    static final Reply USAGE = new Reply("", false, true);

    static Reply of(String line) {
        return new Reply(line, false, false);
    }

    static Reply failed(String line) {
        return new Reply(line, true, false);
    }

    /** {@code 200 result=<n>}, a failure when negative, as most handlers return it. */
    static Reply result(int result) {
        return new Reply("200 result=" + result, result < 0, false);
    }

    List<String> lines() {
        return List.of(line);
    }
}
