package gov.ocss.ivr.remail.letter;

import gov.ocss.ivr.ledger.Address;
import gov.ocss.ivr.ledger.CaseNumber;
import gov.ocss.ivr.prompts.Language;
import java.util.Objects;

/**
 * What one PIN letter says to whom: the new PIN exists here, in memory, on its way into the PDF,
 * and nowhere else. {@link #toString()} leaves the PIN and the case number out, so a letter that
 * ends up in a log message or an exception carries neither.
 *
 * @param requestId the remail request the letter answers, printed small at the foot for the mail house
 */
public record Letter(long requestId, Language language, String recipientName, Address address, CaseNumber caseNumber,
                     String pin) {

    public Letter {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(recipientName, "recipientName");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(pin, "pin");
    }

    @Override
    public String toString() {
        return "Letter[request " + requestId + ", " + language.code() + "]";
    }
}
