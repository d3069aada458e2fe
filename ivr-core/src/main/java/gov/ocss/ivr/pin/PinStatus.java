package gov.ocss.ivr.pin;

/**
 * Where a PIN credential stands, as {@code ledger.pin_credential.status} holds it (its check constraint
 * allows exactly these three). A person has at most one ACTIVE and at most one PENDING credential.
 */
public enum PinStatus {
    /** The PIN the person uses now. */
    ACTIVE,
    /** From a re-mailed PIN letter and not used yet; it verifies too, and its first use makes it ACTIVE. */
    PENDING,
    /** Replaced by a newer PIN or cancelled by staff: it never verifies again. */
    REVOKED
}
