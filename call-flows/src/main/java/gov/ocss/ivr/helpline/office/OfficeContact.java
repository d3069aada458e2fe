package gov.ocss.ivr.helpline.office;

import static gov.ocss.ivr.prompts.PromptArg.digits;
import static gov.ocss.ivr.prompts.PromptArg.text;
import static gov.ocss.ivr.prompts.PromptArg.time;
import static gov.ocss.ivr.prompts.PromptArg.weekday;

import gov.ocss.ivr.audit.InformationGiven;
import gov.ocss.ivr.helpline.Prompts;
import gov.ocss.ivr.helpline.Visit;
import gov.ocss.ivr.ledger.Address;
import gov.ocss.ivr.ledger.Ledger;
import gov.ocss.ivr.ledger.Office;
import gov.ocss.ivr.ledger.OpeningHours;
import java.util.ArrayList;
import java.util.List;

/** An office's contact details and hours, and whether it is open right now. */
public final class OfficeContact {
    private final Ledger ledger;

    public OfficeContact(Ledger ledger) {
        this.ledger = ledger;
    }

    /** The caller's local office once verified; before that, the main office. */
    public void tell(Visit visit) {
        if (visit.caller().isPresent()) {
            Office office = ledger.officeOf(visit.caller().get().supportCase());
            visit.say(Prompts.OFFICE_LOCAL, text("name", office.name()));
            details(visit, office);
            visit.audit().gave(InformationGiven.OFFICE_CONTACT);
        } else {
            Office office = ledger.mainOffice();
            visit.say(Prompts.OFFICE_MAIN, text("name", office.name()));
            details(visit, office);
            visit.audit().gave(InformationGiven.MAIN_OFFICE_CONTACT);
        }
    }

    private void details(Visit visit, Office office) {
        Address address = office.address();
        visit.say(Prompts.OFFICE_ADDRESS, text("street", streetLine(address)), text("city", address.city()),
                text("state", address.state()), digits("zip", address.zip()));
        visit.say(Prompts.OFFICE_PHONE, digits("phone", office.phone()));
        visit.say(Prompts.OFFICE_EMAIL, text("email", office.email()));
        hours(visit, office.hours());
        visit.say(office.isOpenAt(visit.newYorkNow()) ? Prompts.OFFICE_OPEN_NOW : Prompts.OFFICE_CLOSED_NOW);
    }

    /** "Monday to Friday, 8:30 AM to 5 PM", then any day with other hours on its own. */
    public void hours(Visit visit, List<OpeningHours> hours) {
        visit.say(Prompts.OFFICE_HOURS);
        for (List<OpeningHours> run : runsOfSameHours(hours)) {
            OpeningHours first = run.get(0);
            OpeningHours last = run.get(run.size() - 1);
            if (run.size() == 1) {
                visit.say(Prompts.OFFICE_DAY, weekday("day", first.day()),
                        time("opens", first.opens()), time("closes", first.closes()));
            } else {
                visit.say(Prompts.OFFICE_DAYS, weekday("from", first.day()), weekday("to", last.day()),
                        time("opens", first.opens()), time("closes", first.closes()));
            }
        }
    }

    /** Consecutive weekdays with the same hours, in week order (the ledger gives them Monday first). */
    static List<List<OpeningHours>> runsOfSameHours(List<OpeningHours> hours) {
        List<List<OpeningHours>> runs = new ArrayList<>();
        for (OpeningHours day : hours) {
            List<OpeningHours> current = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            OpeningHours previous = current == null ? null : current.get(current.size() - 1);
            boolean continues = previous != null && previous.day().plus(1) == day.day()
                    && previous.opens().equals(day.opens()) && previous.closes().equals(day.closes());
            if (continues) {
                current.add(day);
            } else {
                runs.add(new ArrayList<>(List.of(day)));
            }
        }
        return runs;
    }

    private static String streetLine(Address address) {
        return address.unit() == null || address.unit().isBlank()
                ? address.street() : address.street() + ", " + address.unit();
    }
}
