package gov.ocss.ivr.remail;

import gov.ocss.ivr.ledger.BusinessCalendar;
import gov.ocss.ivr.ledger.CaseNumber;
import gov.ocss.ivr.ledger.Role;
import gov.ocss.ivr.pin.PinCredentials;
import gov.ocss.ivr.prompts.Language;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * A case as the staff console shows it: its parties with what staff need to help them with a PIN letter
 * (name, role, city, language), never a date of birth or an SSN, and each party's PIN-letter standing
 * against the limits.
 *
 * <p>It lives with the remail queue, not with the staff identity and audit trail, because all it adds to
 * the ledger is PIN-letter standing: so remail depends on staff (who acts, what is recorded) and staff on
 * nothing of remail.
 */
public class CaseFiles {
    private final Jdbi jdbi;
    private final Clock clock;

    public CaseFiles(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public record CaseFile(long caseId, CaseNumber caseNumber, String officeName, List<Party> parties) {
    }

    /**
     * A party of the case and their PIN letters: the letters counted in the limit's window, the day a new
     * one becomes possible if they have had the most, phone requests refused in the window, the open
     * request if any, and where their newest PIN stands.
     */
    public record Party(long personId, String name, Role role, String city, Language language, int lettersInWindow,
                        Optional<LocalDate> possibleAgainOn, int refusedInWindow, Optional<OpenRequest> openRequest,
                        Optional<NewestPin> newestPin) {

        public boolean limitReached() {
            return possibleAgainOn.isPresent();
        }
    }

    public record OpenRequest(long id, String status, Instant requestedAt, Long printBatchId) {
    }

    /** The person's newest PIN credential: PENDING (a letter not yet used) or ACTIVE since its first use. */
    public record NewestPin(String status, Instant issuedAt, Instant firstUsedAt) {
    }

    public Optional<CaseFile> find(CaseNumber number) {
        LocalDate today = clock.instant().atZone(BusinessCalendar.ZONE).toLocalDate();
        return jdbi.withHandle(h -> h.createQuery("""
                        select sc.id, o.name as office from ledger.support_case sc
                          join ledger.local_office o on o.id = sc.office_id
                         where sc.case_number = :number""")
                .bind("number", number.digits())
                .map((rs, ctx) -> new CaseFile(rs.getLong("id"), number, rs.getString("office"), List.of()))
                .findOne()
                .map(bare -> new CaseFile(bare.caseId(), number, bare.officeName(), parties(h, bare.caseId(), today))));
    }

    private static List<Party> parties(Handle h, long caseId, LocalDate today) {
        List<Party> bare = h.createQuery("""
                        select p.id, p.first_name || ' ' || p.last_name as name, cp.role, p.city, p.preferred_language
                          from ledger.case_participant cp join ledger.person p on p.id = cp.person_id
                         where cp.case_id = :caseId
                         order by cp.role, p.id""")
                .bind("caseId", caseId)
                .map((rs, ctx) -> new Party(rs.getLong("id"), rs.getString("name"), Role.valueOf(rs.getString("role")),
                        rs.getString("city"), Language.fromCode(rs.getString("preferred_language")).orElse(Language.ENGLISH),
                        0, Optional.empty(), 0, Optional.empty(), Optional.empty()))
                .list();
        return bare.stream().map(party -> withLetters(h, party, today)).toList();
    }

    private static Party withLetters(Handle h, Party party, LocalDate today) {
        long personId = party.personId();
        int letters = RemailLimits.countedRequestDates(h, personId, today).size();
        int refused = h.createQuery("""
                        select count(*) from ivr.remail_request
                         where person_id = :personId and status = 'REFUSED' and requested_at >= :since""")
                .bind("personId", personId)
                .bind("since", RemailLimits.windowStart(today).atStartOfDay(BusinessCalendar.ZONE).toOffsetDateTime())
                .mapTo(Integer.class).one();
        Optional<OpenRequest> open = h.createQuery("""
                        select id, status, requested_at, print_batch_id from ivr.remail_request
                         where person_id = :personId and status in ('QUEUED', 'PRINTED')""")
                .bind("personId", personId)
                .map((rs, ctx) -> new OpenRequest(rs.getLong("id"), rs.getString("status"),
                        rs.getObject("requested_at", OffsetDateTime.class).toInstant(), (Long) rs.getObject("print_batch_id")))
                .findOne();
        Optional<NewestPin> pin = PinCredentials.newestLiveOf(h, personId)
                .map(issued -> new NewestPin(issued.status().name(), issued.issuedAt(), issued.firstUsedAt()));
        return new Party(personId, party.name(), party.role(), party.city(), party.language(), letters,
                RemailLimits.possibleAgainOn(h, personId, today), refused, open, pin);
    }
}
