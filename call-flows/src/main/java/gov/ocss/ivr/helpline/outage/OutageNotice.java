package gov.ocss.ivr.helpline.outage;

import gov.ocss.ivr.call.Ending;
import gov.ocss.ivr.call.LeaveLine;
import gov.ocss.ivr.db.DatabaseReach;
import gov.ocss.ivr.dialog.Menu;
import gov.ocss.ivr.helpline.Prompts;
import gov.ocss.ivr.helpline.Visit;
import gov.ocss.ivr.helpline.office.OfficeContact;
import gov.ocss.ivr.helpline.representative.Representative;
import gov.ocss.ivr.prompts.Prompt;

/**
 * A caller during a database outage, told before they key anything the line would need the
 * database for: "account information is not available right now". Then the office hours (the
 * settings' copy: the ledger cannot be read), a person while representatives work, or goodbye.
 * Everything on the main menu needs the database, so the caller stays here until they leave.
 */
public final class OutageNotice {
    private enum Choice { HOURS, PERSON, GOODBYE }

    private static final Menu<Choice> MENU = Menu.<Choice>of(Prompt.of(Prompts.OUTAGE_MENU), Prompt.of(Prompts.MENU_HELP))
            .choice('1', Choice.HOURS)
            .person(Choice.PERSON)
            .choice('9', Choice.GOODBYE);

    private final DatabaseReach database;
    private final Representative representative;
    private final OfficeContact offices;

    public OutageNotice(DatabaseReach database, Representative representative, OfficeContact offices) {
        this.database = database;
        this.representative = representative;
        this.offices = offices;
    }

    /** Returns at once while the database can be reached; during an outage the caller leaves the line from here. */
    public void ifOut(Visit visit) {
        if (!database.isOut()) {
            return;
        }
        visit.say(Prompts.OUTAGE_UNAVAILABLE);
        visit.keepAsking(MENU, choice -> {
            switch (choice) {
                case HOURS -> offices.hours(visit, representative.hours());
                // Nobody there: the caller has heard the hours, and chooses again.
                case PERSON -> representative.offer(visit, Ending.ASKED_FOR_PERSON);
                case GOODBYE -> throw new LeaveLine(Ending.GOODBYE);
            }
            return true;
        });
        // Not reached: the menu comes back until the caller leaves, or gives up and is let go by the way out.
        throw new LeaveLine(Ending.GOODBYE);
    }
}
