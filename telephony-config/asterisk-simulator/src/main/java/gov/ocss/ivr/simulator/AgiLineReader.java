package gov.ocss.ivr.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads command lines from the server the way res_agi.c does: up to a newline, but never more
 * than 2047 bytes at once (its 2048-byte buffer), so a longer line is cut and its rest read as the
 * next command. A last line without a newline still counts. One buffer per call, reused.
 */
final class AgiLineReader {
    static final int MOST_BYTES_PER_COMMAND = 2047;

    private final InputStream in;
    private final byte[] buffer = new byte[8192];
    private final byte[] line = new byte[MOST_BYTES_PER_COMMAND];
    private int position;
    private int limit;
    private boolean lastWasCut;

    AgiLineReader(InputStream in) {
        this.in = in;
    }

    /** The next command without its newline; null once the server closed the connection. */
    String readLine() throws IOException {
        int length = 0;
        lastWasCut = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return length == 0 ? null : decode(length);
                }
            }
            byte b = buffer[position++];
            if (b == '\n') {
                return decode(length);
            }
            line[length++] = b;
            if (length == MOST_BYTES_PER_COMMAND) {
                lastWasCut = true;
                return decode(length);
            }
        }
    }

    /** Whether the last line was cut at 2047 bytes. */
    boolean lastWasCut() {
        return lastWasCut;
    }

    private String decode(int length) {
        return new String(line, 0, length, StandardCharsets.UTF_8);
    }
}
