package gov.ocss.ivr.remail.letter;

import gov.ocss.ivr.ledger.Address;
import java.util.Objects;

/**
 * What every letter says the same way: who sends it and where to go next.
 *
 * @param agencyName     as the line's welcome says it ("New York City")
 * @param officeName     the sending office, over its address in the letterhead
 * @param officeAddress  the return address
 * @param portalAddress  where a parent creates or links an online account
 * @param helplineNumber the help line, as printed ("888-208-4485")
 * @param ttyNumber      the TTY line, as printed
 */
public record LetterSettings(String agencyName, String officeName, Address officeAddress, String portalAddress,
                             String helplineNumber, String ttyNumber) {
    public static final String DEFAULT_PORTAL = "childsupport.ny.gov";
    public static final String DEFAULT_HELPLINE = "888-208-4485";
    public static final String DEFAULT_TTY = "866-875-9975";

    public LetterSettings {
        Objects.requireNonNull(agencyName, "agencyName");
        Objects.requireNonNull(officeName, "officeName");
        Objects.requireNonNull(officeAddress, "officeAddress");
        Objects.requireNonNull(portalAddress, "portalAddress");
        Objects.requireNonNull(helplineNumber, "helplineNumber");
        Objects.requireNonNull(ttyNumber, "ttyNumber");
    }
}
