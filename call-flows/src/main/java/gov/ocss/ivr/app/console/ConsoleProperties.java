package gov.ocss.ivr.app.console;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may sign in to the staff console, until it signs in against the agency's directory:
 * {@code ivr.console.users.<name>.password-hash} (a bcrypt hash, never the password) and
 * {@code ivr.console.users.<name>.role} ({@code staff} or {@code supervisor}).
 */
@ConfigurationProperties("ivr.console")
public record ConsoleProperties(Map<String, User> users) {

    public ConsoleProperties {
        users = users == null ? Map.of() : Map.copyOf(users);
    }

    public record User(String passwordHash, String role) {
    }
}
