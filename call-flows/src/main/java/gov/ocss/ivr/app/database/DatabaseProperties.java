package gov.ocss.ivr.app.database;

import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long the line waits for the database's answer ({@code ivr.database.*}; see {@link QueryTimeLimit}).
 *
 * @param queryTimeout     any one request's wait
 * @param heldQueryTimeout the same for work the caller has been asked to hold for (the PIN check)
 * @param abandonedTransactionTimeout how long PostgreSQL keeps a session of ours idle inside a transaction
 *                         (see {@link AbandonedTransactions}, which binds these settings itself, before their bean exists)
 */
@Validated
@ConfigurationProperties("ivr.database")
public record DatabaseProperties(
        @DefaultValue("3s") @DurationMin(nanos = 0, inclusive = false, message = "must be longer than nothing") Duration queryTimeout,
        @DefaultValue("30s") @DurationMin(nanos = 0, inclusive = false, message = "must be longer than nothing") Duration heldQueryTimeout,
        @DefaultValue("60s") @DurationMin(seconds = 1, message = "must be at least 1s") Duration abandonedTransactionTimeout) {
}
