package gov.ocss.ivr.ledger;

/** A parent's role on one case. One person may hold different roles on different cases. */
public enum Role {
    /** Has the children; receives support (disbursements). */
    CUSTODIAL,
    /** Pays support. */
    NONCUSTODIAL
}
