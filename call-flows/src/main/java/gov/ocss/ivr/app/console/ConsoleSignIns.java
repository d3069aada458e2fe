package gov.ocss.ivr.app.console;

import gov.ocss.ivr.staff.StaffAction;
import gov.ocss.ivr.staff.StaffAuditTrail;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Sign-ins, failed sign-ins and sign-outs in the staff audit trail, and failed ones counted by the
 * {@link SignInThrottle}. A failed sign-in names the user only if there is such a user: what someone
 * typed into the user name box may be anything, a password included.
 */
@Component
class ConsoleSignIns {
    private static final Logger log = LoggerFactory.getLogger(ConsoleSignIns.class);
    private static final String UNKNOWN = "(unknown user)";
    private final StaffAuditTrail trail;
    private final UserDetailsService users;
    private final SignInThrottle throttle;

    ConsoleSignIns(StaffAuditTrail trail, UserDetailsService users, SignInThrottle throttle) {
        this.trail = trail;
        this.users = users;
        this.throttle = throttle;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        try {
            throttle.signedIn(event.getAuthentication().getName());
        } catch (RuntimeException databaseDown) {
            // The sign-in stands; the user's earlier failures simply keep counting until they leave the window.
            log.warn("Could not clear a user's failed sign-ins: {}", databaseDown.getClass().getSimpleName());
        }
        trail.record(SignedInStaff.of(event.getAuthentication()), StaffAction.of("signed_in"));
    }

    @EventListener
    void signInFailed(AbstractAuthenticationFailureEvent event) {
        String typed = event.getAuthentication().getName();
        String address = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "";
        Optional<String> user = user(typed);
        try {
            throttle.failed(user, address);
        } catch (RuntimeException databaseDown) {
            log.warn("Could not count a failed sign-in: {}", databaseDown.getClass().getSimpleName());
        }
        trail.recordUnknown(user.orElse(UNKNOWN), StaffAction.of("sign_in").outcome("refused"));
    }

    /** A sign-in the throttle stopped before its password was looked at. */
    void throttled(String typed) {
        trail.recordUnknown(user(typed).orElse(UNKNOWN), StaffAction.of("sign_in").outcome("throttled"));
    }

    /** What was typed as a user name, if it is a staff user's: anything else typed may be a password. */
    private Optional<String> user(String typed) {
        return Optional.ofNullable(typed).filter(this::isUser);
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        trail.record(SignedInStaff.of(event.getAuthentication()), StaffAction.of("signed_out"));
    }

    private boolean isUser(String name) {
        try {
            users.loadUserByUsername(name);
            return true;
        } catch (UsernameNotFoundException e) {
            return false;
        }
    }
}
