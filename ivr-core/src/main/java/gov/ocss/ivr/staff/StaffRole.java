package gov.ocss.ivr.staff;

import java.util.Locale;
import java.util.Optional;

/** What a member of staff may do in the console. A supervisor may do everything staff may, and more. */
public enum StaffRole {
    /** Searches cases, asks for PIN letters, prints and mails batches. */
    STAFF,
    /** Also cancels requests, clears account locks, sends a letter over the limit, reads the audit trail. */
    SUPERVISOR;

    /** The lower-case name kept in the audit trail and used in the settings. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<StaffRole> fromCode(String code) {
        for (StaffRole role : values()) {
            if (role.code().equalsIgnoreCase(code == null ? "" : code.trim())) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
