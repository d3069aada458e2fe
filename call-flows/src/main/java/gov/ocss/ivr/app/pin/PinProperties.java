package gov.ocss.ivr.app.pin;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The keys PIN hashes are made with, kept outside the database.
 *
 * @param keys              base64 keys by version ({@code ivr.pin.keys.1=...}, or {@code IVR_PIN_KEYS_1})
 * @param currentKeyVersion the version new hashes use; older versions still verify old hashes
 *
 * <p>Checked in {@code PinKeyConfiguration}, not by Bean Validation, whose start-up report would print a key.
 */
@ConfigurationProperties("ivr.pin")
public record PinProperties(@DefaultValue Map<Integer, String> keys, @DefaultValue("1") int currentKeyVersion) {

    public PinProperties {
        keys = Map.copyOf(keys);
    }
}
