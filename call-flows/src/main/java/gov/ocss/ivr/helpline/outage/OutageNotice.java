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
 * Everything on the main menu needs the database, so the caller stays here while it is out; once it
 * is back, the main menu comes again after their choice.
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

    /**
     * Tells the caller of an outage and serves them until they leave, or until the database is back;
     * whether there was one to tell. Returns at once, false, while the database can be reached.
     */
    public boolean toldOf(Visit visit) {
        if (!database.isOut()) {
            return false;
        }
        visit.say(Prompts.OUTAGE_UNAVAILABLE);
        visit.keepAsking(MENU, choice -> {
            switch (choice) {
                case HOURS -> offices.hours(visit, representative.hours());
                // Nobody there: the caller has heard the hours, and chooses again.
                case PERSON -> representative.offer(visit, Ending.ASKED_FOR_PERSON);
                case GOODBYE -> throw new LeaveLine(Ending.GOODBYE);
            }
            return database.isOut();
        });
        return true;
    }
}
