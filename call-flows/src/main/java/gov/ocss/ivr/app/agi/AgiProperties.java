package gov.ocss.ivr.app.agi;

import gov.ocss.ivr.agi.AllowedClients;
import gov.ocss.ivr.app.config.ConfigurationProblem;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Asterisk reaches the server.
 *
 * @param bindAddress the address to listen on; loopback unless Asterisk runs on another host
 * @param port        the FastAGI port (4573 is FastAGI's registered port)
 * @param maxCalls    calls held at once; the next connection is refused at once so Asterisk falls back to agents
 * @param shutdownGrace how long calls in progress may take to finish when the server stops
 * @param allowedClients the Asterisk servers that may connect, as addresses or CIDR blocks; others are closed at once
 */
@ConfigurationProperties("ivr.agi")
public record AgiProperties(
        @DefaultValue("127.0.0.1") String bindAddress,
        @DefaultValue("4573") int port,
        @DefaultValue("12000") int maxCalls,
        @DefaultValue("30s") Duration shutdownGrace,
        @DefaultValue({"127.0.0.0/8", "::1/128"}) List<String> allowedClients) {

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
