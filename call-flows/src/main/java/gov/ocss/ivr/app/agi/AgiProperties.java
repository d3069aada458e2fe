package gov.ocss.ivr.app.agi;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Asterisk reaches the server.
 *
 * @param bindAddress the address to listen on; loopback unless Asterisk runs on another host
 * @param port        the FastAGI port (4573 is FastAGI's registered port)
 * @param maxCalls    calls held at once; the next connection is refused at once so Asterisk falls back to agents
 * @param shutdownGrace how long calls in progress may take to finish when the server stops
 */
@ConfigurationProperties("ivr.agi")
public record AgiProperties(
        @DefaultValue("127.0.0.1") String bindAddress,
        @DefaultValue("4573") int port,
        @DefaultValue("12000") int maxCalls,
        @DefaultValue("30s") Duration shutdownGrace) {
}
