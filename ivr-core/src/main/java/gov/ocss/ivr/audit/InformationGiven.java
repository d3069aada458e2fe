package gov.ocss.ivr.audit;

/**
 * What kind of account information the line read to a caller: the category only, never an amount or
 * a date, so the audit shows what was disclosed without becoming a second copy of the ledger.
 */
public enum InformationGiven {
    LAST_DISBURSEMENT,
    DISBURSEMENTS,
    BALANCE,
    ACCOUNT_SUMMARY,
    CURRENT_DUE,
    PAST_DUE,
    PAYMENTS,
    HOW_TO_PAY,
    MONTHLY_NOTICE,
    OFFICE_CONTACT,
    MAIN_OFFICE_CONTACT
}
