package gov.ocss.ivr.remail;

import gov.ocss.ivr.ledger.Office;
import gov.ocss.ivr.remail.letter.LetterSettings;
import java.util.Objects;

/**
 * What the letters tell a parent about the agency, from the settings: its name, the portal, the help
 * line and TTY numbers. The sending office (the return address) comes from the ledger's main office.
 */
public record LetterContacts(String agencyName, String portalAddress, String helplineNumber, String ttyNumber) {

    public LetterContacts {
        Objects.requireNonNull(agencyName, "agencyName");
        Objects.requireNonNull(portalAddress, "portalAddress");
        Objects.requireNonNull(helplineNumber, "helplineNumber");
        Objects.requireNonNull(ttyNumber, "ttyNumber");
    }

    public static LetterContacts defaults(String agencyName) {
        return new LetterContacts(agencyName, LetterSettings.DEFAULT_PORTAL, LetterSettings.DEFAULT_HELPLINE,
                LetterSettings.DEFAULT_TTY);
    }

    LetterSettings sentFrom(Office office) {
        return new LetterSettings(agencyName, office.name(), office.address(), portalAddress, helplineNumber, ttyNumber);
    }
}
