package gov.ocss.ivr.staff;

/** A member of staff tried something their role does not allow. */
public class NotAllowedException extends RuntimeException {
    public NotAllowedException(String message) {
        super(message);
    }
}
