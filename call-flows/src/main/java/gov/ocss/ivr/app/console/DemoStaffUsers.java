package gov.ocss.ivr.app.console;

import java.util.Map;

/**
 * The console's demo users, for the embedded demo database only (as the demo PIN key is): their
 * passwords are in the README, so they must never sign in to real data. Bcrypt hashes, cost 10.
 */
final class DemoStaffUsers {
    /** Password {@code staff-demo-2084485}. */
    static final ConsoleProperties.User STAFF =
            new ConsoleProperties.User("$2a$10$CwLDHXUWgEGhNavx0ymXI..DpfCTMaj5CWNA1rZSN5Xk9s2Yhh8ii", "staff");
    /** Password {@code supervisor-demo-2084485}. */
    static final ConsoleProperties.User SUPERVISOR =
            new ConsoleProperties.User("$2a$10$0m3mWlTw41cLn7gileRVduVkfr8LTbgwuk5aHWPGWPcnMaBsoCLJe", "supervisor");

    static final Map<String, ConsoleProperties.User> ALL = Map.of("staff", STAFF, "supervisor", SUPERVISOR);

    private DemoStaffUsers() {
    }
}
