package gov.ocss.ivr.ledger;

/** How a payment reached the agency, as the portal lists it. */
public enum PaymentMethod {
    INCOME_WITHHOLDING,
    CHECK,
    MONEY_ORDER,
    ONLINE,
    TAX_OFFSET,
    UNEMPLOYMENT_INTERCEPT,
    CASH
}
