package gov.ocss.ivr.helpline.representative;

import gov.ocss.ivr.call.Ending;
import gov.ocss.ivr.db.DatabaseReach;
import gov.ocss.ivr.call.LeaveLine;
import gov.ocss.ivr.dialog.WayOut;
import gov.ocss.ivr.helpline.Prompts;
import gov.ocss.ivr.helpline.Visit;
import gov.ocss.ivr.helpline.office.OfficeContact;
import gov.ocss.ivr.ledger.Ledger;
import gov.ocss.ivr.ledger.OpeningHours;
import java.util.List;

/**
 * Putting a caller through to a person: what happens on 0, and when a caller gives up. Representatives
 * work the main office's hours; outside them the caller hears when to call back and goes on with
 * the automated line. During a database outage those hours come from the settings.
 */
public final class Representative {
    private final Ledger ledger;
    private final OfficeContact offices;
    private final DatabaseReach database;
    private final List<OpeningHours> hoursWhileOut;

    /** {@code hoursWhileOut}: the main office's hours as the settings give them, for when the ledger cannot be read. */
    public Representative(Ledger ledger, OfficeContact offices, DatabaseReach database, List<OpeningHours> hoursWhileOut) {
        this.ledger = ledger;
        this.offices = offices;
        this.database = database;
        this.hoursWhileOut = List.copyOf(hoursWhileOut);
    }

    /** When representatives answer: the main office's hours in the ledger, or in the settings while the database is out. */
    public List<OpeningHours> hours() {
        return database.isOut() ? hoursWhileOut : ledger.mainOffice().hours();
    }

    /**
     * The way out of a visit's menus: 0 offers a person (and the menu comes back when nobody is
     * there); a caller who gives up gets a person too, or a goodbye.
     */
    public WayOut wayOut(Visit visit) {
        return new WayOut() {
            @Override
            public void personAsked() {
                offer(visit, Ending.ASKED_FOR_PERSON);
            }

            @Override
            public void gaveUp() {
                whenStuck(visit);
            }
        };
    }

    /**
     * Leaves the line for a person when someone can answer ({@code toPerson} says why, for the agent);
     * otherwise says the hours and returns: the caller goes on with the automated line.
     */
    public void offer(Visit visit, Ending toPerson) {
        List<OpeningHours> hours = hours();
        if (OpeningHours.anyCover(hours, visit.newYorkNow())) {
            throw new LeaveLine(toPerson);
        }
        visit.say(Prompts.REPRESENTATIVE_CLOSED);
        offices.hours(visit, hours);
        visit.audit().transfer("closed");
    }

    /**
     * A caller the line will not serve again on this call (verification refused): a person if one is
     * there, else the goodbye. It never returns.
     */
    public void offerElseGoodbye(Visit visit) {
        offer(visit, Ending.NEEDS_HELP);
        throw new LeaveLine(Ending.GOODBYE);
    }

    /**
     * A caller the line could not help (every try used up): a person if one is there, else a polite
     * goodbye, which the audit records as the caller having given up.
     */
    private void whenStuck(Visit visit) {
        offer(visit, Ending.NEEDS_HELP);
        throw new LeaveLine(Ending.GAVE_UP);
    }
}
