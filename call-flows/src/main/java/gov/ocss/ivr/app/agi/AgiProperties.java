package gov.ocss.ivr.app.agi;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Asterisk reaches the server.
 *
 * @param bindAddress the address to listen on; loopback unless Asterisk runs on another host
 * @param port        the FastAGI port (4573 is FastAGI's registered port)
 */
@ConfigurationProperties("ivr.agi")
public record AgiProperties(@DefaultValue("127.0.0.1") String bindAddress, @DefaultValue("4573") int port) {
}
