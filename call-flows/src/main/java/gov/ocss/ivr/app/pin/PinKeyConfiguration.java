package gov.ocss.ivr.app.pin;

import gov.ocss.ivr.app.config.ConfigurationProblem;
import gov.ocss.ivr.demo.DemoPinKey;
import gov.ocss.ivr.db.EmbeddedDatabase;
import gov.ocss.ivr.pin.PinHasher;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PinKeyConfiguration {
    private static final Logger log = LoggerFactory.getLogger(PinKeyConfiguration.class);

    /**
     * The configured keys; on the embedded demo database, and only there, the published demo key
     * when none is configured, so the demo PINs in the README work out of the box.
     */
    @Bean
    PinHasher pinHasher(PinProperties properties, ObjectProvider<EmbeddedDatabase> embedded) {
        if (properties.keys().isEmpty()) {
            if (embedded.getIfAvailable() == null) {
                throw new ConfigurationProblem("No PIN key is configured.",
                        "Set IVR_PIN_KEYS_1 (ivr.pin.keys.1) to a random key of at least 32 bytes, base64-encoded "
                                + "(for example: openssl rand -base64 32), kept outside the database.");
            }
            log.warn("No PIN key configured: using the public demo key, which only suits the embedded demo database");
            return DemoPinKey.hasher();
        }
        Map<Integer, byte[]> keys = new HashMap<>();
        properties.keys().forEach((version, encoded) -> {
            try {
                keys.put(version, Base64.getDecoder().decode(encoded.trim()));
            } catch (IllegalArgumentException e) {
                throw new ConfigurationProblem("PIN key version " + version + " is not valid base64.",
                        "Set ivr.pin.keys." + version + " (IVR_PIN_KEYS_" + version + ") to a base64-encoded key.");
            }
        });
        try {
            return new PinHasher(keys, properties.currentKeyVersion());
        } catch (IllegalArgumentException e) {
            throw new ConfigurationProblem("The PIN keys are not usable: " + e.getMessage() + ".",
                    "Give every ivr.pin.keys.<version> at least 32 bytes, and set ivr.pin.current-key-version to one of them.");
        }
    }
}
