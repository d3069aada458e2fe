package gov.ocss.ivr.remail;

import gov.ocss.ivr.db.TransactionLock;
import gov.ocss.ivr.ledger.BusinessCalendar;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * How many PIN letters one person may ask for: one open request at a time (the database's unique
 * index {@code remail_request_one_open} holds that), and at most {@value #MOST_LETTERS} in any
 * {@value #WINDOW_DAYS} days, counted on New York dates. Requests that were cancelled or refused do
 * not count: no letter went out for them.
 */
public final class RemailLimits {
    public static final int MOST_LETTERS = 3;
    public static final int WINDOW_DAYS = 90;

    /** The statuses of requests that count: a letter is on its way or went out. */
    static final String COUNTED = "('QUEUED', 'PRINTED', 'MAILED')";

    private RemailLimits() {
    }

    /**
     * Serialises every request for this person until the transaction ends, so the count and the insert
     * that follows it see the same letters whoever else asks at the same moment (two calls, a call and a
     * member of staff). A transaction-scoped advisory lock: nothing in the ledger is locked.
     */
    static void lockPerson(Handle h, long personId) {
        TransactionLock.hold(h, "ivr.remail_request:" + personId);
    }

    /** The first day of the window that ends {@code today}. */
    public static LocalDate windowStart(LocalDate today) {
        return today.minusDays(WINDOW_DAYS - 1L);
    }

    /**
     * The New York dates of the person's counted requests within the window ending {@code today},
     * newest first.
     */
    public static List<LocalDate> countedRequestDates(Handle h, long personId, LocalDate today) {
        return h.createQuery("select requested_at from ivr.remail_request"
                        + " where person_id = :personId and status in " + COUNTED
                        + " and requested_at >= :windowStart order by requested_at desc")
                .bind("personId", personId)
                .bind("windowStart", windowStart(today).atStartOfDay(BusinessCalendar.ZONE).toOffsetDateTime())
                .map((rs, ctx) -> rs.getObject("requested_at", OffsetDateTime.class).toInstant()
                        .atZone(BusinessCalendar.ZONE).toLocalDate())
                .list();
    }

    /**
     * When the person may have another letter, if they have had the most the window allows: the day the
     * oldest of their last {@value #MOST_LETTERS} letters leaves the window. Empty if they may have one today.
     */
    public static Optional<LocalDate> possibleAgainOn(Handle h, long personId, LocalDate today) {
        List<LocalDate> dates = countedRequestDates(h, personId, today);
        if (dates.size() < MOST_LETTERS) {
            return Optional.empty();
        }
        return Optional.of(dates.get(MOST_LETTERS - 1).plusDays(WINDOW_DAYS));
    }
}
