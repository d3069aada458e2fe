package gov.ocss.ivr.demo;

import gov.ocss.ivr.ledger.Address;
import gov.ocss.ivr.ledger.DisbursementMethod;
import gov.ocss.ivr.prompts.Language;
import java.time.LocalDate;

/**
 * A parent in the demo ledger. {@link #toString()} leaves out the PIN, the date of birth, the SSN
 * digits and the address, so a person can be logged or named in a failing test safely.
 *
 * @param receivesBy  how support reaches this parent when custodial
 * @param pinIssuedOn the day the PIN letter was issued
 */
public record DemoPerson(long id, String firstName, String lastName, LocalDate dateOfBirth, String ssnLast4,
                         Language language, Address address, DemoPin pin, LocalDate pinIssuedOn,
                         DisbursementMethod receivesBy) {

    public String fullName() {
        return firstName + " " + lastName;
    }

    @Override
    public String toString() {
        return "DemoPerson[id=" + id + ", " + fullName() + ", " + language.code() + "]";
    }
}
