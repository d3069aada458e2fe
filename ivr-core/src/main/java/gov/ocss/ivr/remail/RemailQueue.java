package gov.ocss.ivr.remail;

import gov.ocss.ivr.ledger.BusinessCalendar;
import gov.ocss.ivr.pin.PinCredentials;
import gov.ocss.ivr.staff.Staff;
import gov.ocss.ivr.staff.StaffAction;
import gov.ocss.ivr.staff.StaffAuditTrail;
import gov.ocss.ivr.staff.StaffReason;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/**
 * The remail queue as staff work it: requests with filters, print batches to download and mark mailed,
 * and cancelling a request. Every change records itself in the staff audit trail in its own transaction.
 *
 * <p>Stateless and thread-safe.
 */
public class RemailQueue {
    public static final Set<String> STATUSES = Set.of("QUEUED", "PRINTED", "MAILED", "CANCELLED", "REFUSED");
    public static final Set<String> CHANNELS = Set.of("helpline", "tty", "staff");

    private final Jdbi jdbi;
    private final Clock clock;

    public RemailQueue(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /**
     * Which requests to list: each part empty for all. Dates are New York dates, both ends included.
     */
    public record Filter(Optional<String> status, Optional<String> channel, Optional<LocalDate> from, Optional<LocalDate> to) {
        public Filter {
            status.ifPresent(s -> require(STATUSES.contains(s), "status"));
            channel.ifPresent(c -> require(CHANNELS.contains(c), "channel"));
        }

        public static Filter all() {
            return new Filter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        }

        private static void require(boolean ok, String what) {
            if (!ok) {
                throw new IllegalArgumentException("no such " + what);
            }
        }
    }

    /** One request as the queue shows it. */
    public record Entry(long id, Instant requestedAt, String status, String channel, String requestedBy, String reason,
                        long caseId, String caseNumber, long personId, String personName, String language,
                        Long printBatchId, Instant statusChangedAt) {

        public boolean open() {
            return status.equals("QUEUED") || status.equals("PRINTED");
        }
    }

    /**
     * A print batch: when, by whom, how many letters (and how many of those were cancelled after printing),
     * whether mailed, and whether its PDF is still there to download.
     */
    public record Batch(long id, Instant createdAt, String printedBy, int letters, Instant mailedAt, String mailedBy,
                        Integer documentBytes, boolean downloadable, int cancelledLetters, Instant erasedAt) {

        public boolean mailed() {
            return mailedAt != null;
        }

        /** Erased because nobody marked it mailed in time ({@link UnmailedBatches}): its requests were cancelled. */
        public boolean erasedUnmailed() {
            return erasedAt != null;
        }
    }

    public enum CancelOutcome {
        /** Cancelled before it was printed. */
        CANCELLED,
        /** Cancelled after it was printed: its PIN is revoked, and its letter must be taken out of the batch. */
        CANCELLED_PRINTED,
        /** Already mailed, cancelled or refused (or no such request): nothing changed. */
        NOT_OPEN
    }

    public enum MailOutcome { MAILED, ALREADY_MAILED, ERASED_UNMAILED, NOT_FOUND }

    /** What a queue entry shows: the request, its parent and its case; a where clause follows. */
    private static final String ENTRIES = """
            select r.id, r.requested_at, r.status, r.channel, r.requested_by, r.reason, r.case_id, sc.case_number,
                   r.person_id, p.first_name || ' ' || p.last_name as person_name, p.preferred_language,
                   r.print_batch_id, r.status_changed_at
              from ivr.remail_request r
              join ledger.person p on p.id = r.person_id
              join ledger.support_case sc on sc.id = r.case_id
            """;

    /** The newest requests matching the filter, newest first. */
    public List<Entry> list(Filter filter, int limit) {
        return list(filter, OptionalLong.empty(), limit);
    }

    /**
     * The same, from the request after {@code before} (a request's id) in that order: the next page of a
     * long queue, which new requests arriving meanwhile do not shift.
     */
    public List<Entry> list(Filter filter, OptionalLong before, int limit) {
        return jdbi.withHandle(h -> h.createQuery(ENTRIES + """
                         where (cast(:before as bigint) is null
                                or (r.requested_at, r.id) < (select b.requested_at, b.id from ivr.remail_request b where b.id = :before))
                           and (cast(:status as text) is null or r.status = :status)
                           and (cast(:channel as text) is null or r.channel = :channel)
                           and (cast(:from as timestamptz) is null or r.requested_at >= :from)
                           and (cast(:to as timestamptz) is null or r.requested_at < :to)
                         order by r.requested_at desc, r.id desc
                         limit :limit""")
                .bind("status", filter.status().orElse(null))
                .bind("channel", filter.channel().orElse(null))
                .bind("from", filter.from().map(RemailQueue::startOf).orElse(null))
                .bind("to", filter.to().map(day -> startOf(day.plusDays(1))).orElse(null))
                .bind("before", before.isPresent() ? before.getAsLong() : null)
                .bind("limit", limit)
                .map((rs, ctx) -> entry(rs))
                .list());
    }

    /** How many requests wait to be printed. */
    public int queued() {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from ivr.remail_request where status = 'QUEUED'")
                .mapTo(Integer.class).one());
    }

    public List<Batch> batches(int limit) {
        return jdbi.withHandle(h -> h.createQuery(BATCHES + " order by b.id desc limit :limit")
                .bind("limit", limit)
                .map((rs, ctx) -> batch(rs))
                .list());
    }

    public Optional<Batch> batch(long id) {
        return jdbi.withHandle(h -> h.createQuery(BATCHES + " where b.id = :id")
                .bind("id", id)
                .map((rs, ctx) -> batch(rs))
                .findOne());
    }

    /**
     * The batch's PDF for the mail house, if it is still kept (until the batch is mailed). The download is
     * recorded in the audit trail: the PDF holds new PINs.
     */
    public Optional<byte[]> download(Staff staff, long batchId) {
        return jdbi.inTransaction(h -> {
            Optional<byte[]> document = h.createQuery("select document from ivr.print_batch where id = :id and document is not null")
                    .bind("id", batchId)
                    .mapTo(byte[].class)
                    .findOne();
            StaffAuditTrail.record(h, clock.instant(), staff, StaffAction.of("batch_downloaded")
                    .outcome(document.isPresent() ? StaffAction.DONE : "not_available").onBatch(batchId));
            return document;
        });
    }

    /**
     * The batch went to the mail house: its printed requests become MAILED, and its PDF is erased (the
     * letters are on paper now; the PINs need not stay anywhere else).
     */
    public MailOutcome markMailed(Staff staff, long batchId) {
        Instant now = clock.instant();
        return jdbi.inTransaction(h -> {
            Optional<MailOutcome> state = h.createQuery("""
                            select case when mailed_at is not null then 'ALREADY_MAILED'
                                        when erased_at is not null then 'ERASED_UNMAILED' end
                              from ivr.print_batch where id = :id for update""")
                    .bind("id", batchId)
                    .map((rs, ctx) -> rs.getString(1) == null ? MailOutcome.MAILED : MailOutcome.valueOf(rs.getString(1)))
                    .findOne();
            MailOutcome outcome = state.orElse(MailOutcome.NOT_FOUND);
            if (outcome == MailOutcome.MAILED) {
                h.createUpdate("update ivr.print_batch set mailed_at = :now, mailed_by = :by, document = null where id = :id")
                        .bind("now", now).bind("by", staff.username()).bind("id", batchId)
                        .execute();
                h.createUpdate("""
                                update ivr.remail_request set status = 'MAILED', status_changed_at = :now
                                 where print_batch_id = :id and status = 'PRINTED'""")
                        .bind("now", now).bind("id", batchId)
                        .execute();
            }
            StaffAuditTrail.record(h, now, staff, StaffAction.of("batch_mailed")
                    .outcome(outcome == MailOutcome.MAILED ? StaffAction.DONE : code(outcome)).onBatch(batchId));
            return outcome;
        });
    }

    /**
     * Cancels an open request (supervisors only). A printed one also has its new PIN revoked, so the
     * letter's PIN will not work even if the letter goes out by mistake.
     */
    public CancelOutcome cancel(Staff staff, long requestId, StaffReason reason) {
        staff.mustBeSupervisor("cancel a PIN letter");
        Objects.requireNonNull(reason, "reason");
        Instant now = clock.instant();
        return jdbi.inTransaction(h -> {
            Optional<Open> open = h.createQuery("""
                            select status, case_id, person_id, pin_credential_id from ivr.remail_request
                             where id = :id for update""")
                    .bind("id", requestId)
                    .map((rs, ctx) -> new Open(rs.getString("status"), rs.getLong("case_id"), rs.getLong("person_id"),
                            (Long) rs.getObject("pin_credential_id")))
                    .findOne();
            CancelOutcome outcome = CancelOutcome.NOT_OPEN;
            if (open.isPresent() && (open.get().status().equals("QUEUED") || open.get().status().equals("PRINTED"))) {
                h.createUpdate("update ivr.remail_request set status = 'CANCELLED', status_changed_at = :now where id = :id")
                        .bind("now", now).bind("id", requestId)
                        .execute();
                if (open.get().status().equals("PRINTED")) {
                    // A printed request always has its credential (a check constraint says so).
                    PinCredentials.revokeIfPending(h, open.get().credentialId(), now);
                    outcome = CancelOutcome.CANCELLED_PRINTED;
                } else {
                    outcome = CancelOutcome.CANCELLED;
                }
            }
            StaffAction action = StaffAction.of("remail_cancelled").outcome(code(outcome)).onRequest(requestId).because(reason);
            if (open.isPresent()) {
                action = action.onCase(open.get().caseId()).onPerson(open.get().personId());
            }
            StaffAuditTrail.record(h, now, staff, action);
            return outcome;
        });
    }

    private static String code(Enum<?> outcome) {
        return outcome.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(BusinessCalendar.ZONE).toOffsetDateTime();
    }

    private static final String BATCHES = """
            select b.id, b.created_at, b.printed_by, b.letters, b.mailed_at, b.mailed_by, b.document_bytes, b.erased_at,
                   b.document is not null as downloadable,
                   (select count(*) from ivr.remail_request r where r.print_batch_id = b.id and r.status = 'CANCELLED')
                       as cancelled
              from ivr.print_batch b""";

    private static Batch batch(ResultSet rs) throws SQLException {
        OffsetDateTime mailedAt = rs.getObject("mailed_at", OffsetDateTime.class);
        OffsetDateTime erasedAt = rs.getObject("erased_at", OffsetDateTime.class);
        return new Batch(rs.getLong("id"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getString("printed_by"), rs.getInt("letters"), mailedAt == null ? null : mailedAt.toInstant(),
                rs.getString("mailed_by"), (Integer) rs.getObject("document_bytes"), rs.getBoolean("downloadable"),
                rs.getInt("cancelled"), erasedAt == null ? null : erasedAt.toInstant());
    }

    private static Entry entry(ResultSet rs) throws SQLException {
        return new Entry(rs.getLong("id"), rs.getObject("requested_at", OffsetDateTime.class).toInstant(),
                rs.getString("status"), rs.getString("channel"), rs.getString("requested_by"), rs.getString("reason"),
                rs.getLong("case_id"), rs.getString("case_number"), rs.getLong("person_id"), rs.getString("person_name"),
                rs.getString("preferred_language"), (Long) rs.getObject("print_batch_id"),
                rs.getObject("status_changed_at", OffsetDateTime.class).toInstant());
    }

    private record Open(String status, long caseId, long personId, Long credentialId) {
    }
}
