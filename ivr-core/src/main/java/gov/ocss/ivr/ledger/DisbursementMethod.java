package gov.ocss.ivr.ledger;

/** How support reaches the custodial parent. */
public enum DisbursementMethod {
    DIRECT_DEPOSIT,
    DEBIT_CARD,
    CHECK
}
