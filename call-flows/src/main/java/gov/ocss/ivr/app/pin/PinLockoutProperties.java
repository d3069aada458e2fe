package gov.ocss.ivr.app.pin;

import gov.ocss.ivr.verification.AccountLockout;
import gov.ocss.ivr.verification.CallerThrottle;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How many wrong PINs the line allows before it stops comparing them. A PIN has only 100,000
 * values, so these limits are what keep it a secret; lower them freely, raise them with care.
 *
 * @param failures       wrong PINs in a row that lock a case's phone access
 * @param firstLock      how long the first lock lasts; each further one lasts twice as long
 * @param longestLock    the longest a lock lasts
 * @param callerFailures wrong PINs, on any cases, one caller number may have within {@code callerWindow}
 * @param callerWindow   the time those are counted over
 */
@Validated
@ConfigurationProperties("ivr.pin-lockout")
public record PinLockoutProperties(
        @DefaultValue("5") @Min(value = 1, message = "must be 1 or more") int failures,
        @DefaultValue("30m") @DurationMin(nanos = 0, inclusive = false, message = "must be longer than nothing") Duration firstLock,
        @DefaultValue("24h") @DurationMin(nanos = 0, inclusive = false, message = "must be longer than nothing") Duration longestLock,
        @DefaultValue("10") @Min(value = 1, message = "must be 1 or more") int callerFailures,
        @DefaultValue("1h") @DurationMin(nanos = 0, inclusive = false, message = "must be longer than nothing") Duration callerWindow) {

    /** The longest lock no shorter than the first is {@link AccountLockout}'s own rule, checked as it is made. */
    public AccountLockout accountLockout() {
        return new AccountLockout(failures, firstLock, longestLock);
    }

    public CallerThrottle callerThrottle() {
        return new CallerThrottle(callerFailures, callerWindow);
    }
}
