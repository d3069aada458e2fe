package gov.ocss.ivr.simulator;

/**
 * How Asterisk collects digits for GET DATA ({@code ast_app_getdata_full} and
 * {@code ast_readstring_full} in main/app.c): any key stops the prompt and is the first digit;
 * then each further key must come within the timeout; {@code #} ends the entry and is not kept;
 * the entry ends by itself at {@code maxDigits}.
 */
final class DigitEntry {
    enum Outcome {
        /** maxDigits reached or {@code #} after some digits: {@code 200 result=<digits>}. */
        COMPLETE,
        /** The wait ran out: {@code 200 result=<digits> (timeout)}, digits possibly empty. */
        TIMEOUT,
        /** {@code #} as the very first key: {@code 200 result=} with nothing after the {@code =}. */
        EMPTY_END,
        /** The caller hung up: {@code 200 result=-1}. */
        HANGUP,
        /** An endless wait and nothing more will ever be pressed: the caller gives up. */
        GAVE_UP,
        /** maxDigits 0: Asterisk refuses at once with {@code -1}. */
        FAILED
    }

    record Result(Outcome outcome, String digits, long endMillis) {
    }

    private DigitEntry() {
    }

    /**
     * @param start         call time the command starts
     * @param promptMillis  how long the prompt plays (0 for none)
     * @param firstTimeout  ms to wait for the first key once the prompt ended; negative waits forever
     * @param nextTimeout   ms to wait for each further key; negative waits forever
     * @param hangUpAt      call time the caller hangs up, {@link Long#MAX_VALUE} if not planned
     */
    static Result read(KeyBuffer keys, long start, long promptMillis, long firstTimeout, long nextTimeout,
                       int maxDigits, long hangUpAt) {
        if (maxDigits <= 0) {
            return new Result(Outcome.FAILED, "", start);
        }
        StringBuilder digits = new StringBuilder();
        long t = start;
        KeyBuffer.Key key = null;
        if (promptMillis > 0) {
            long promptEnd = start + promptMillis;
            key = keys.takeAnyBefore(until(promptEnd, hangUpAt));
            if (key == null) {
                if (hangUpAt < promptEnd) {
                    return new Result(Outcome.HANGUP, "", Math.max(start, hangUpAt));
                }
                t = promptEnd;
            } else {
                t = Math.max(t, key.at());
            }
        }
        long timeout = firstTimeout;
        while (true) {
            if (key == null) {
                long deadline = timeout < 0 ? Long.MAX_VALUE : t + timeout;
                key = keys.takeAnyBefore(until(deadline, hangUpAt));
                if (key == null) {
                    if (hangUpAt < deadline) {
                        return new Result(Outcome.HANGUP, "", Math.max(t, hangUpAt));
                    }
                    if (deadline == Long.MAX_VALUE) {
                        return new Result(Outcome.GAVE_UP, digits.toString(), t);
                    }
                    return new Result(Outcome.TIMEOUT, digits.toString(), deadline);
                }
                t = Math.max(t, key.at());
            }
            char c = key.key();
            key = null;
            if (c == '#' && digits.length() == 0) {
                return new Result(Outcome.EMPTY_END, "", t);
            }
            if (c != '#') {
                digits.append(c);
            }
            if (c == '#' || digits.length() >= maxDigits) {
                return new Result(Outcome.COMPLETE, digits.toString(), t);
            }
            timeout = nextTimeout;
        }
    }

    /** Keys pressed at the very moment of a hang-up still count: the caller pressed, then hung up. */
    static long until(long deadline, long hangUpAt) {
        return hangUpAt == Long.MAX_VALUE ? deadline : Math.min(deadline, hangUpAt + 1);
    }
}
