package gov.ocss.ivr.pin;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a 5-digit PIN into the keyed hash the ledger stores. A PIN has only 100,000 values, so a
 * plain hash would fall to a dictionary in a second: the key lives outside the database, and the
 * person's id is mixed in so equal PINs never give equal hashes. Keys carry a version so they can
 * be rotated: old hashes stay checkable with their own key while new ones use the current key.
 */
public final class PinHasher {
    private static final String ALGORITHM = "HmacSHA256";

    private final Map<Integer, SecretKeySpec> keys;
    private final int currentVersion;
    /** Only ever read once made: cloning reads the prototype, so the prototypes are shared by every call. */
    private final Map<Integer, Mac> prototypes = new ConcurrentHashMap<>();

    public PinHasher(Map<Integer, byte[]> keysByVersion, int currentVersion) {
        if (!keysByVersion.containsKey(currentVersion)) {
            throw new IllegalArgumentException("no PIN key with version " + currentVersion);
        }
        this.keys = new TreeMap<>();
        keysByVersion.forEach((version, key) -> {
            if (key.length < 32) {
                throw new IllegalArgumentException("PIN key version " + version + " is shorter than 32 bytes");
            }
            keys.put(version, new SecretKeySpec(key.clone(), ALGORITHM));
        });
        this.currentVersion = currentVersion;
    }

    public int currentVersion() {
        return currentVersion;
    }

    /** The hash of {@code pin} for this person under the current key. */
    public byte[] hash(long personId, String pin) {
        return hashUnder(currentVersion, personId, pin);
    }

    /** The hash of {@code pin} for this person under that key version; none when this server does not hold that key. */
    public Optional<byte[]> hash(int keyVersion, long personId, String pin) {
        return keys.containsKey(keyVersion) ? Optional.of(hashUnder(keyVersion, personId, pin)) : Optional.empty();
    }

    /** Whether {@code pin} is the one behind {@code storedHash}, compared in constant time. */
    public boolean matches(long personId, String pin, byte[] storedHash, int keyVersion) {
        if (!keys.containsKey(keyVersion)) {
            return false;
        }
        return MessageDigest.isEqual(hashUnder(keyVersion, personId, pin), storedHash);
    }

    private byte[] hashUnder(int version, long personId, String pin) {
        try {
            Mac mac = (Mac) initialisedMac(version).clone();
            return mac.doFinal((personId + ":" + pin).getBytes(StandardCharsets.US_ASCII));
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the HMAC-SHA-256 provider cannot be cloned", e);
        }
    }

    /**
     * Looking up the provider and keying a Mac for every PIN cost more than the hash itself under
     * load; a keyed prototype per key version is made once and cloned (a Mac is not thread-safe).
     */
    private Mac initialisedMac(int version) {
        return prototypes.computeIfAbsent(version, v -> {
            try {
                Mac mac = Mac.getInstance(ALGORITHM);
                mac.init(keys.get(v));
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HMAC-SHA-256 is not available", e);
            }
        });
    }
}
