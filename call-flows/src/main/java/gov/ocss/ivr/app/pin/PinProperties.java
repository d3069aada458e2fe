package gov.ocss.ivr.app.pin;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The keys PIN hashes are made with, kept outside the database.
 *
 * @param keys              base64 keys by version ({@code ivr.pin.keys.1=...}, or {@code IVR_PIN_KEYS_1})
 * @param currentKeyVersion the version new hashes use; older versions still verify old hashes
 */
@ConfigurationProperties("ivr.pin")
public record PinProperties(Map<Integer, String> keys, @DefaultValue("1") int currentKeyVersion) {

    public PinProperties {
        keys = keys == null ? Map.of() : Map.copyOf(keys);
    }
}
