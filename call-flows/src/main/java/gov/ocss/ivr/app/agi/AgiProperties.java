package gov.ocss.ivr.app.agi;

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
 * Where Asterisk reaches the server.
 *
 * @param bindAddress the address to listen on; loopback unless Asterisk runs on another host
 * @param port        the FastAGI port (4573 is FastAGI's registered port)
 * @param maxCalls    calls held at once; the next connection is refused at once so Asterisk falls back to agents
 * @param shutdownGrace how long calls in progress may take to finish when the server stops
 * @param allowedClients the Asterisk servers that may connect, as addresses or CIDR blocks; others are closed at once
 */
@Validated
@ConfigurationProperties("ivr.agi")
public record AgiProperties(
        @DefaultValue("127.0.0.1") String bindAddress,
        @DefaultValue("4573") @Min(value = 0, message = PORT) @Max(value = 65535, message = PORT) int port,
        @DefaultValue("12000") @Min(value = 1, message = "must be 1 or more") int maxCalls,
        @DefaultValue("30s") @DurationMin(seconds = 0, message = "must be a duration such as 30s, or 0") Duration shutdownGrace,
        @DefaultValue({"127.0.0.0/8", "::1/128"}) List<String> allowedClients) {

    /** Said of a port setting out of range (0 listens on any free port). */
    static final String PORT = "must be a port number from 0 to 65535";

    /** @throws ConfigurationProblem naming the entry that is not an address or CIDR block */
    AllowedClients allowed() {
        try {
            return AllowedClients.parse(allowedClients);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationProblem("ivr.agi.allowed-clients: " + e.getMessage() + ".",
                    "Set ivr.agi.allowed-clients (IVR_AGI_ALLOWEDCLIENTS) to the Asterisk servers' addresses or CIDR blocks, "
                            + "comma-separated, e.g. 10.20.0.5,10.20.1.0/24; leave it unset to take calls from this host only.");
        }
    }
}
