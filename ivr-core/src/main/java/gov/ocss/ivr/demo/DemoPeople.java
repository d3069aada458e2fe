package gov.ocss.ivr.demo;

import gov.ocss.ivr.ledger.DisbursementMethod;
import gov.ocss.ivr.prompts.Language;
import java.util.List;

/** Makes the parents of demo cases: names fitting their language, a New York address, a PIN. */
final class DemoPeople {
    private static final List<DisbursementMethod> RECEIVE_METHODS = List.of(
            DisbursementMethod.DIRECT_DEPOSIT, DisbursementMethod.DEBIT_CARD, DisbursementMethod.CHECK);
    private static final int[] RECEIVE_WEIGHTS = {50, 30, 20};

    /** A parent drawn for a case, with what later cases of the block need to reuse them. */
    record Parent(DemoPerson person, Community community, Borough borough) {
    }

    private final DemoRandom random;
    private final AnchoredCalendar calendar;

    DemoPeople(DemoRandom random, AnchoredCalendar calendar) {
        this.random = random;
        this.calendar = calendar;
    }

    /** No SSN ends in 0000. */
    private static String ssnLast4(DemoRandom random) {
        while (true) {
            String digits = random.digits(4);
            if (!"0000".equals(digits)) {
                return digits;
            }
        }
    }

    /**
     * @param language    null: drawn from the community
     * @param receivesBy  null: drawn
     * @param firstMonth  the month (offset from the anchor) the person's first case was opened;
     *                    the PIN letter went out the month after
     */
    Parent create(long id, Community community, Borough borough, boolean custodial, Language language,
                  DisbursementMethod receivesBy, int firstMonth) {
        // Most custodial parents are mothers, most noncustodial parents fathers.
        boolean woman = random.chance(custodial ? 0.82 : 0.15);
        String firstName = community.firstName(woman, random);
        String lastName = community.lastName(woman, random);
        int age = custodial ? random.between(20, 55) : random.between(21, 60);
        var dateOfBirth = calendar.day(-(age * 12 + random.between(0, 11)), random.between(1, 28));
        String ssnLast4 = ssnLast4(random);
        Language spoken = language != null ? language : community.preferredLanguage(random);
        var address = NewYorkStreets.addressIn(borough, random);
        DemoPin pin = DemoPin.draw(random);
        var pinIssuedOn = calendar.day(firstMonth + 1, random.between(1, 28));
        DisbursementMethod receives = receivesBy != null ? receivesBy
                : random.weighted(RECEIVE_METHODS, RECEIVE_WEIGHTS);
        return new Parent(new DemoPerson(id, firstName, lastName, dateOfBirth, ssnLast4, spoken, address, pin,
                pinIssuedOn, receives), community, borough);
    }
}
