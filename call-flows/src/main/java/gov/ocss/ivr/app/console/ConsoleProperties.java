package gov.ocss.ivr.app.console;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.util.Map;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Who may sign in to the staff console, until it signs in against the agency's directory:
 * {@code ivr.console.users.<name>.password-hash} (a bcrypt hash, never the password) and
 * {@code ivr.console.users.<name>.role} ({@code staff} or {@code supervisor}). Checked where the users are
 * made ({@code ConsoleSecurity}), not by Bean Validation, whose start-up report would print the value. The
 * sign-in limits, plain numbers, are checked by Bean Validation like the other settings.
 */
@Validated
@ConfigurationProperties("ivr.console")
public record ConsoleProperties(@DefaultValue Map<String, User> users, @DefaultValue @Valid SignIns signIns) {

    public ConsoleProperties {
        users = Map.copyOf(users);
    }

    public record User(String passwordHash, String role) {
    }

    /**
     * How many failed sign-ins ({@code ivr.console.sign-ins.*}) for one user name, or from one address,
     * within the window, stop further sign-ins for that name or address until the window has passed.
     */
    public record SignIns(
            @DefaultValue("5") @Min(value = 1, message = "must be 1 or more") int failuresPerUser,
            @DefaultValue("20") @Min(value = 1, message = "must be 1 or more") int failuresPerAddress,
            @DefaultValue("15m") @DurationMin(nanos = 0, inclusive = false, message = "must be longer than nothing") Duration window) {
    }
}
