package gov.ocss.ivr.remail;

import java.time.LocalDate;

/** What a caller's request for a new PIN letter came to. Dates are New York business dates. */
public sealed interface RemailOutcome {

    /** A letter is queued now; it should arrive by {@code arrivesBy}. */
    record Queued(LocalDate requestedOn, LocalDate arrivesBy) implements RemailOutcome {
    }

    /** A letter asked for earlier is still to be mailed, or in the mail; nothing new is queued. */
    record AlreadyRequested(LocalDate requestedOn, LocalDate arrivesBy) implements RemailOutcome {
    }

    /**
     * Nothing queued: the person has had {@value RemailLimits#MOST_LETTERS} letters in the last
     * {@value RemailLimits#WINDOW_DAYS} days, so the line may queue another only from {@code possibleAgainOn}.
     * Told only once the caller proved who they are, like {@link AlreadyRequested}.
     */
    record TooMany(LocalDate possibleAgainOn) implements RemailOutcome {
    }

    /**
     * Nothing queued: the case number, date of birth and ZIP did not all match one parent of the case.
     * Deliberately says no more, so the line does not tell anyone which case numbers or birth dates exist.
     */
    record NotConfirmed() implements RemailOutcome {
    }
}
