package gov.ocss.ivr.remail;

import gov.ocss.ivr.ledger.Address;
import gov.ocss.ivr.ledger.BusinessCalendar;
import gov.ocss.ivr.ledger.CaseNumber;
import gov.ocss.ivr.ledger.Ledger;
import gov.ocss.ivr.pin.PinCredential;
import gov.ocss.ivr.pin.PinCredentials;
import gov.ocss.ivr.pin.PinHasher;
import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.remail.letter.Letter;
import gov.ocss.ivr.remail.letter.LetterPrinter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prints the remail queue: claims queued requests, issues each person a new PIN as a PENDING credential
 * (only its keyed hash is stored), sets the letters as one PDF, and keeps that PDF as a print batch that
 * staff download for the mail house; the requests become PRINTED with the batch's id.
 *
 * <p>A batch is one transaction, so a crash anywhere before the commit leaves every request QUEUED and no
 * credential or batch behind (the PINs drawn die with the process, never having left it), and after the
 * commit everything is done: no request is lost, and none gets two different PINs. Requests are claimed
 * with {@code FOR UPDATE SKIP LOCKED}, so workers on several servers print disjoint batches.
 *
 * <p>Stateless and thread-safe. It logs batch ids and counts, never a PIN, a name or a case number.
 */
public class RemailWorker {
    private static final Logger log = LoggerFactory.getLogger(RemailWorker.class);

    /** Points inside a batch's transaction, for tests that make the worker fail there. */
    public enum Step { CLAIMED, PINS_ISSUED, LETTERS_SET, BATCH_STORED }

    /** Told as the worker reaches each {@link Step}, with the batch's transaction. */
    @FunctionalInterface
    public interface Checkpoint {
        Checkpoint NONE = (step, handle) -> { };

        void reached(Step step, Handle handle);
    }

    /** A batch printed: its id, how many letters, and the size of its PDF. */
    public record PrintedBatch(long id, int letters, int documentBytes) {
    }

    private final Jdbi jdbi;
    private final Ledger ledger;
    private final PinHasher hasher;
    private final LetterContacts contacts;
    private final Clock clock;
    private final int batchSize;
    private final NewPins pins;
    private final Checkpoint checkpoint;

    public RemailWorker(Jdbi jdbi, PinHasher hasher, LetterContacts contacts, Clock clock, int batchSize) {
        this(jdbi, hasher, contacts, clock, batchSize, new NewPins(), Checkpoint.NONE);
    }

    public RemailWorker(Jdbi jdbi, PinHasher hasher, LetterContacts contacts, Clock clock, int batchSize, NewPins pins,
                        Checkpoint checkpoint) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("a batch holds at least one letter");
        }
        this.jdbi = jdbi;
        this.ledger = new Ledger(jdbi);
        this.hasher = hasher;
        this.contacts = contacts;
        this.clock = clock;
        this.batchSize = batchSize;
        this.pins = pins;
        this.checkpoint = checkpoint;
    }

    /**
     * Prints batches until nothing is queued (or {@code mostBatches} were printed).
     *
     * @param printedBy who started the run ("worker", or a member of staff's user name), kept with each batch
     */
    public List<PrintedBatch> printQueue(String printedBy, int mostBatches) {
        List<PrintedBatch> printed = new ArrayList<>();
        for (int i = 0; i < mostBatches; i++) {
            Optional<PrintedBatch> batch = printNextBatch(printedBy);
            if (batch.isEmpty()) {
                break;
            }
            printed.add(batch.get());
        }
        return printed;
    }

    /** Prints the oldest queued requests (up to the batch size) that no other worker holds; empty if there are none. */
    public Optional<PrintedBatch> printNextBatch(String printedBy) {
        Instant now = clock.instant();
        LocalDate today = now.atZone(BusinessCalendar.ZONE).toLocalDate();
        Optional<PrintedBatch> printed = jdbi.inTransaction(h -> {
            List<Claimed> claimed = claim(h);
            if (claimed.isEmpty()) {
                return Optional.<PrintedBatch>empty();
            }
            checkpoint.reached(Step.CLAIMED, h);
            long batchId = h.createQuery("""
                            insert into ivr.print_batch (created_at, printed_by, letters) values (:now, :by, :letters)
                            returning id""")
                    .bind("now", now).bind("by", printedBy).bind("letters", claimed.size())
                    .mapTo(Long.class).one();
            List<Letter> letters = new ArrayList<>(claimed.size());
            for (Claimed request : claimed) {
                String pin = issuePendingPin(h, request, batchId, now);
                letters.add(new Letter(request.requestId(), request.language(), request.name(), request.address(),
                        request.caseNumber(), pin));
            }
            checkpoint.reached(Step.PINS_ISSUED, h);
            LetterPrinter printer = new LetterPrinter(contacts.sentFrom(ledger.mainOffice()));
            byte[] document = printer.print(batchId, today, letters);
            checkpoint.reached(Step.LETTERS_SET, h);
            h.createUpdate("update ivr.print_batch set document = :document, document_bytes = :bytes where id = :id")
                    .bind("document", document).bind("bytes", document.length).bind("id", batchId)
                    .execute();
            checkpoint.reached(Step.BATCH_STORED, h);
            return Optional.of(new PrintedBatch(batchId, letters.size(), document.length));
        });
        printed.ifPresent(batch -> log.info("Printed batch {}: {} PIN letters, {} KB to download for the mail house",
                batch.id(), batch.letters(), (batch.documentBytes() + 1023) / 1024));
        return printed;
    }

    /** The oldest queued requests nobody else is printing, locked until this batch commits or fails. */
    private List<Claimed> claim(Handle h) {
        return h.createQuery("""
                        select r.id, r.person_id, sc.case_number, p.first_name, p.last_name, p.preferred_language,
                               p.street, p.unit, p.city, p.state, p.zip
                          from ivr.remail_request r
                          join ledger.person p on p.id = r.person_id
                          join ledger.support_case sc on sc.id = r.case_id
                         where r.status = 'QUEUED'
                         order by r.requested_at, r.id
                         limit :batchSize
                           for update of r skip locked""")
                .bind("batchSize", batchSize)
                .map((rs, ctx) -> new Claimed(rs.getLong("id"), rs.getLong("person_id"),
                        CaseNumber.parse(rs.getString("case_number")).orElseThrow(
                                () -> new IllegalStateException("a case number in the ledger has no valid check digit")),
                        rs.getString("first_name") + " " + rs.getString("last_name"),
                        Language.fromCode(rs.getString("preferred_language")).orElse(Language.ENGLISH),
                        new Address(rs.getString("street"), rs.getString("unit"), rs.getString("city"),
                                rs.getString("state"), rs.getString("zip"))))
                .list();
    }

    /**
     * Draws a PIN unlike the person's current ones, keeps its hash as their PENDING credential (revoking
     * the PENDING one of an earlier letter never used: the newest letter is the one that counts), and marks
     * the request PRINTED in this batch with that credential. The credential rows stay locked until the
     * batch commits, so a first use of the old pending PIN at this moment waits and then finds it revoked.
     */
    private String issuePendingPin(Handle h, Claimed request, long batchId, Instant now) {
        List<PinCredential> current = PinCredentials.lockLiveOf(h, request.personId());
        String pin = pins.next(candidate -> current.stream()
                .anyMatch(stored -> hasher.matches(request.personId(), candidate, stored.hash(), stored.keyVersion())));
        long credentialId = PinCredentials.issuePending(h, request.personId(), hasher.hash(request.personId(), pin),
                hasher.currentVersion(), now);
        int marked = h.createUpdate("""
                        update ivr.remail_request
                           set status = 'PRINTED', print_batch_id = :batchId, pin_credential_id = :credentialId,
                               status_changed_at = :now
                         where id = :id and status = 'QUEUED'""")
                .bind("batchId", batchId).bind("credentialId", credentialId).bind("now", now)
                .bind("id", request.requestId())
                .execute();
        if (marked != 1) {
            throw new IllegalStateException("remail request " + request.requestId() + " changed while it was locked");
        }
        return pin;
    }

    private record Claimed(long requestId, long personId, CaseNumber caseNumber, String name, Language language,
                           Address address) {
    }
}
