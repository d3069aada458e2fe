package gov.ocss.ivr.demo;

import gov.ocss.ivr.ledger.DisbursementMethod;
import gov.ocss.ivr.prompts.Language;

/**
 * What a case will be like before its details are drawn. A showcase case fixes the choices its
 * situation depends on and is kept {@code plain} (one order for the whole history, no adjustment,
 * no job loss) so nothing else can spoil it; other cases draw everything.
 *
 * @param custodialLanguage    null: drawn from the community
 * @param noncustodialLanguage null: drawn from the community
 * @param custodialReceivesBy  null: drawn
 * @param lastPaidMonth        for a {@link PayerHabit#STOPPED} payer, the last month paid (an offset
 *                             from the anchor month); 0: drawn
 */
record CasePlan(Community community, Language custodialLanguage, Language noncustodialLanguage,
                PayerHabit habit, DisbursementMethod custodialReceivesBy, boolean plain, int lastPaidMonth) {

    static CasePlan drawn(DemoRandom random) {
        return new CasePlan(Community.draw(random), null, null, PayerHabit.draw(random), null, false, 0);
    }

    static CasePlan scripted(Showcase showcase) {
        return switch (showcase) {
            case NONCUSTODIAL_WITH_ARREARS -> plain(Community.NEW_YORK, null, Language.ENGLISH, PayerHabit.PART, null);
            case CUSTODIAL_PAID_BY_DIRECT_DEPOSIT -> plain(Community.BENGALI, Language.BENGALI, null,
                    PayerHabit.WITHHOLDING, DisbursementMethod.DIRECT_DEPOSIT);
            case CUSTODIAL_PAID_BY_CHECK -> plain(Community.ALBANIAN, Language.ALBANIAN, null,
                    PayerHabit.ON_TIME, DisbursementMethod.CHECK);
            case NONCUSTODIAL_WITH_CREDIT -> plain(Community.BENGALI, null, Language.BENGALI,
                    PayerHabit.OVERPAYS, null);
            case NONCUSTODIAL_NO_RECENT_PAYMENT -> new CasePlan(Community.ALBANIAN, null, Language.ALBANIAN,
                    PayerHabit.STOPPED, null, true, Showcase.LAST_PAYMENT_MONTH_OF_STOPPED_PAYER);
            case ON_TWO_CASES_AS_CUSTODIAL -> plain(Community.NEW_YORK, Language.ENGLISH, null,
                    PayerHabit.ON_TIME, null);
            case ON_TWO_CASES_AS_NONCUSTODIAL -> plain(Community.NEW_YORK, null, Language.ENGLISH,
                    PayerHabit.WITHHOLDING, null);
        };
    }

    private static CasePlan plain(Community community, Language custodial, Language noncustodial, PayerHabit habit,
                                  DisbursementMethod receivesBy) {
        return new CasePlan(community, custodial, noncustodial, habit, receivesBy, true, 0);
    }
}
