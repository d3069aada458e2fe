package gov.ocss.ivr.app.console;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may sign in to the staff console, until it signs in against the agency's directory:
 * {@code ivr.console.users.<name>.password-hash} (a bcrypt hash, never the password) and
 * {@code ivr.console.users.<name>.role} ({@code staff} or {@code supervisor}). Checked where the users are
 * made ({@code ConsoleSecurity}), not by Bean Validation, whose start-up report would print the value.
 */
@ConfigurationProperties("ivr.console")
public record ConsoleProperties(@DefaultValue Map<String, User> users) {

    public ConsoleProperties {
        users = Map.copyOf(users);
    }

    public record User(String passwordHash, String role) {
    }
}
