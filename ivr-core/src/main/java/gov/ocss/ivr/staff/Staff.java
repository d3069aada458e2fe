package gov.ocss.ivr.staff;

import java.util.Objects;

/** The member of staff doing something in the console: their user name and role, as the audit trail records them. */
public record Staff(String username, StaffRole role) {

    public Staff {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        if (username.isBlank()) {
            throw new IllegalArgumentException("a member of staff has a user name");
        }
    }

    public boolean isSupervisor() {
        return role == StaffRole.SUPERVISOR;
    }

    /** Fails unless this is a supervisor; the console asks first, this is the rule's second line. */
    public void mustBeSupervisor(String toDoWhat) {
        if (!isSupervisor()) {
            throw new NotAllowedException("only a supervisor may " + toDoWhat);
        }
    }
}
