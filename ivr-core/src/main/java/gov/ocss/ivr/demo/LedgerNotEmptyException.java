package gov.ocss.ivr.demo;

/** Demo data goes only into an empty ledger: it must never mix with, or hide, real cases. */
public class LedgerNotEmptyException extends IllegalStateException {
    public LedgerNotEmptyException(String message) {
        super(message);
    }
}
