package gov.ocss.ivr.app.audiosocket;

import gov.ocss.ivr.agi.AllowedClients;
import gov.ocss.ivr.app.config.ConfigurationProblem;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where Asterisk's AudioSocket application brings a TDD call's audio (the TTY line's {@code tones}
 * profile), bound and allow-listed like the FastAGI port and, unless set here, with its settings.
 *
 * @param enabled           off: a {@code tones} call is given back to the dialplan, which answers for the server
 * @param bindAddress       the address to listen on; empty: ivr.agi.bind-address
 * @param port              the audio port
 * @param addressForAsterisk the host Asterisk connects to; empty: the address it reached the FastAGI port at
 * @param allowedClients    the Asterisk servers that may connect; empty: ivr.agi.allowed-clients
 * @param maxCalls          audio connections held at once
 * @param idleTimeout       a connection with no audio for this long has ended (Asterisk sends every 20 ms)
 * @param connectTimeout    how long a call waits for Asterisk to connect its audio
 * @param maxFrameBytes     the largest audio message taken
 */
@Validated
@ConfigurationProperties("ivr.audiosocket")
public record AudioSocketProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("") String bindAddress,
        @DefaultValue("4574") @Min(value = 0, message = PORT) @Max(value = 65535, message = PORT) int port,
        @DefaultValue("") String addressForAsterisk,
        @DefaultValue({}) List<String> allowedClients,
        @DefaultValue("2000") @Min(value = 1, message = "must be 1 or more") int maxCalls,
        @DefaultValue("5s") @DurationMin(nanos = 0, inclusive = false, message = "must be longer than nothing") Duration idleTimeout,
        @DefaultValue("3s") @DurationMin(nanos = 0, inclusive = false, message = "must be longer than nothing") Duration connectTimeout,
        @DefaultValue("4096") @Min(value = 1, message = "must be 1 or more") int maxFrameBytes) {

    /** Said of a port setting out of range (0 listens on any free port). */
    static final String PORT = "must be a port number from 0 to 65535";

    /** @throws ConfigurationProblem naming the entry that is not an address or CIDR block */
    AllowedClients allowed(List<String> agiAllowedClients) {
        List<String> entries = allowedClients.isEmpty() ? agiAllowedClients : allowedClients;
        try {
            return AllowedClients.parse(entries);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationProblem("ivr.audiosocket.allowed-clients: " + e.getMessage() + ".",
                    "Set ivr.audiosocket.allowed-clients (IVR_AUDIOSOCKET_ALLOWEDCLIENTS) to the Asterisk servers' addresses "
                            + "or CIDR blocks, comma-separated, or leave it unset to allow those of ivr.agi.allowed-clients.");
        }
    }
}
