package gov.ocss.ivr.helpline.representative;

import gov.ocss.ivr.audit.EndReason;
import gov.ocss.ivr.call.DialplanVariables;
import gov.ocss.ivr.dialog.Answer;
import gov.ocss.ivr.helpline.Ending;
import gov.ocss.ivr.helpline.Prompts;
import gov.ocss.ivr.helpline.Visit;
import gov.ocss.ivr.helpline.office.OfficeContact;
import gov.ocss.ivr.ledger.Ledger;
import gov.ocss.ivr.ledger.Office;
import java.util.Optional;

/**
 * Putting a caller through to a person. Representatives work the main office's hours; outside
 * them the caller hears when to call back and goes on with the automated line.
 */
public final class Representative {
    private final Ledger ledger;
    private final OfficeContact offices;

    public Representative(Ledger ledger, OfficeContact offices) {
        this.ledger = ledger;
        this.offices = offices;
    }

    /** The transfer when someone can answer; otherwise says the hours and returns nothing (back to the menu). */
    public Optional<Ending> offer(Visit visit, String reason) {
        Office main = ledger.mainOffice();
        if (main.isOpenAt(visit.newYorkNow())) {
            return Optional.of(new Ending.ToRepresentative(reason));
        }
        visit.say(Prompts.REPRESENTATIVE_CLOSED);
        offices.hours(visit, main);
        visit.audit().transfer("closed");
        return Optional.empty();
    }

    /**
     * What a menu leads to when the caller did not choose: 0 asks for a person; used-up tries get a
     * person too, or a goodbye when nobody is there. Empty means back to the menu.
     */
    public Optional<Ending> instead(Visit visit, Answer<?> answer) {
        if (answer instanceof Answer.Representative<?>) {
            return offer(visit, DialplanVariables.REASON_ASKED);
        }
        if (answer instanceof Answer.GaveUp<?>) {
            return Optional.of(whenStuck(visit, DialplanVariables.REASON_NEEDS_HELP));
        }
        throw new IllegalArgumentException("the caller did choose: " + answer);
    }

    /**
     * A caller the line could not help (every try used up): a person if one is there, else a polite
     * goodbye, which the audit records as the caller having given up.
     */
    public Ending whenStuck(Visit visit, String reason) {
        Optional<Ending> toPerson = offer(visit, reason);
        if (toPerson.isPresent()) {
            return toPerson.get();
        }
        visit.audit().ended(EndReason.GAVE_UP);
        return Ending.goodbye();
    }
}
