package gov.ocss.ivr.demo;

import gov.ocss.ivr.ledger.Role;

/**
 * The situations the first cases of every demo dataset are made to show, whatever the seed, so the
 * README can tell a tester which case to dial for which part of the call flow. The n-th constant
 * is the n-th case.
 */
public enum Showcase {
    NONCUSTODIAL_WITH_ARREARS(Role.NONCUSTODIAL, "noncustodial parent behind on payments, English"),
    CUSTODIAL_PAID_BY_DIRECT_DEPOSIT(Role.CUSTODIAL, "custodial parent paid by direct deposit, Bengali"),
    CUSTODIAL_PAID_BY_CHECK(Role.CUSTODIAL, "custodial parent paid by check, Albanian"),
    NONCUSTODIAL_WITH_CREDIT(Role.NONCUSTODIAL, "noncustodial parent who paid more than ordered (a credit), Bengali"),
    NONCUSTODIAL_NO_RECENT_PAYMENT(Role.NONCUSTODIAL,
            "noncustodial parent with no payment in the last 60 days, Albanian"),
    ON_TWO_CASES_AS_CUSTODIAL(Role.CUSTODIAL, "a parent on two cases: custodial on this one, English"),
    ON_TWO_CASES_AS_NONCUSTODIAL(Role.NONCUSTODIAL, "the same parent: noncustodial on this one, English");

    /** The last month the parent of {@link #NONCUSTODIAL_NO_RECENT_PAYMENT} paid, counted from the anchor. */
    static final int LAST_PAYMENT_MONTH_OF_STOPPED_PAYER = -5;

    private final Role role;
    private final String description;

    Showcase(Role role, String description) {
        this.role = role;
        this.description = description;
    }

    /** The participant to call as. */
    public Role role() {
        return role;
    }

    public String description() {
        return description;
    }

    /** Where the case sits in the dataset (0 = the first case). */
    public int caseIndex() {
        return ordinal();
    }
}
