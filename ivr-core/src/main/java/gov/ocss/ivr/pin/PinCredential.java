package gov.ocss.ivr.pin;

/**
 * One row of {@code ledger.pin_credential} as a PIN check or a new PIN needs it: whose it is, where it
 * stands, and the keyed hash with the version of the key that made it. Never the PIN itself: the ledger
 * does not have it.
 */
public record PinCredential(long id, long personId, PinStatus status, byte[] hash, int keyVersion) {

    /** No hash in here: it is as secret as the PIN's 100,000 possibilities make it. */
    @Override
    public String toString() {
        return "PinCredential[id=" + id + ", personId=" + personId + ", status=" + status + ", keyVersion=" + keyVersion + "]";
    }
}
