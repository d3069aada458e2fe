package gov.ocss.ivr.prompts.audio;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 in hex, the checksum the manifest records. */
final class Checksums {

    private Checksums() {
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }

    /** One checksum over several strings, each ended by a NUL so that ("ab", "c") and ("a", "bc") differ. */
    static String sha256(String... parts) {
        StringBuilder joined = new StringBuilder();
        for (String part : parts) {
            joined.append(part).append('\0');
        }
        return sha256(joined.toString().getBytes(StandardCharsets.UTF_8));
    }
}
