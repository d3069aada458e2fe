package gov.ocss.ivr.demo;

import gov.ocss.ivr.pin.PinHasher;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * DEMO ONLY. The PIN key the demo server hashes demo PINs with when no real key is configured.
 * It is in the source code, so it is no secret at all: never configure it where real parents'
 * PINs are stored. Its version, 0, is kept for it, so a hash made with it never checks out under
 * a production key (versions 1 and up).
 */
public final class DemoPinKey {
    public static final int VERSION = 0;

    private static final String KEY =
            "DEMO ONLY - public PIN key of the child support demo data - never use in production";

    private DemoPinKey() {
    }

    public static PinHasher hasher() {
        return new PinHasher(keys(), VERSION);
    }

    /** The demo key by its version, for a hasher that also holds a newer one (a key rotation). */
    public static Map<Integer, byte[]> keys() {
        return Map.of(VERSION, KEY.getBytes(StandardCharsets.US_ASCII));
    }
}
