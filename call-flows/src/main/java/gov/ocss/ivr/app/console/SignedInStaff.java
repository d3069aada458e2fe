package gov.ocss.ivr.app.console;

import gov.ocss.ivr.staff.Staff;
import gov.ocss.ivr.staff.StaffRole;
import org.springframework.security.core.Authentication;

/** The member of staff behind a signed-in session, as the domain and the audit trail know them. */
final class SignedInStaff {

    private SignedInStaff() {
    }

    static Staff of(Authentication authentication) {
        boolean supervisor = authentication.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + StaffRole.SUPERVISOR.name()));
        return new Staff(authentication.getName(), supervisor ? StaffRole.SUPERVISOR : StaffRole.STAFF);
    }
}
