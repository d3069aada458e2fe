package gov.ocss.ivr.testing;

import gov.ocss.ivr.ledger.CaseNumber;
import gov.ocss.ivr.pin.PinHasher;
import java.time.Instant;
import java.time.LocalDate;
import org.jdbi.v3.core.Jdbi;

/** Writes small, hand-made ledgers for tests: one office, cases, parents, orders and money. */
public final class LedgerFixture {
    /** Who the custodial parent of {@link #newCase} is, as a caller asking for a PIN letter proves it. */
    public static final LocalDate CUSTODIAL_BORN_ON = LocalDate.of(1985, 6, 15);
    public static final String CUSTODIAL_ZIP = "10451";
    /** The noncustodial parent of {@link #newCase} was born on another day and lives elsewhere. */
    public static final LocalDate NONCUSTODIAL_BORN_ON = LocalDate.of(1982, 11, 2);
    public static final String NONCUSTODIAL_ZIP = "11201";

    private final Jdbi jdbi;
    private long nextId = 1;

    public LedgerFixture(Jdbi jdbi) {
        this.jdbi = jdbi;
        jdbi.useHandle(h -> {
            h.execute("""
                    insert into ledger.local_office (id, code, name, street, city, state, zip, phone, email, is_main)
                    values (1, 'MN', 'Manhattan Office', '100 Centre Street', 'New York', 'NY', '10013', '2125550100',
                            'manhattan@ocss.example.gov', true)""");
            h.execute("""
                    insert into ledger.office_hours (office_id, iso_day, opens_at, closes_at)
                    select 1, d, time '08:30', time '17:00' from generate_series(1, 5) d""");
            h.execute("""
                    insert into ledger.payment_address (payee, street, city, state, zip)
                    values ('NYC Child Support Payment Center', 'P.O. Box 15000', 'Albany', 'NY', '12212')""");
        });
    }

    /** A case with a custodial and a noncustodial parent; returns its id. */
    public long newCase(CaseNumber number) {
        long caseId = nextId++;
        long custodial = person("Rosa", "Diaz", "en");
        long noncustodial = person("Mark", "Diaz", "en", NONCUSTODIAL_BORN_ON, "200 Livingston Street", "Brooklyn",
                NONCUSTODIAL_ZIP);
        jdbi.useHandle(h -> {
            h.execute("insert into ledger.support_case (id, case_number, office_id, opened_on) values (?, ?, 1, date '2020-01-01')",
                    caseId, number.digits());
            h.execute("insert into ledger.case_participant (case_id, person_id, role) values (?, ?, 'CUSTODIAL')", caseId, custodial);
            h.execute("insert into ledger.case_participant (case_id, person_id, role) values (?, ?, 'NONCUSTODIAL')", caseId, noncustodial);
        });
        return caseId;
    }

    public long person(String first, String last, String language) {
        return person(first, last, language, CUSTODIAL_BORN_ON, "1 Grand Concourse", "Bronx", CUSTODIAL_ZIP);
    }

    public long person(String first, String last, String language, LocalDate bornOn, String street, String city,
                       String zip) {
        long id = nextId++;
        jdbi.useHandle(h -> h.execute("""
                insert into ledger.person (id, first_name, last_name, date_of_birth, ssn_last4, preferred_language,
                                           street, city, state, zip)
                values (?, ?, ?, ?, '1234', ?, ?, ?, 'NY', ?)""",
                id, first, last, bornOn, language, street, city, zip));
        return id;
    }

    /** Makes {@code personId} a participant of {@code caseId} in {@code role} (CUSTODIAL or NONCUSTODIAL). */
    public void participant(long caseId, long personId, String role) {
        jdbi.useHandle(h -> h.execute("insert into ledger.case_participant (case_id, person_id, role) values (?, ?, ?)",
                caseId, personId, role));
    }

    /** A PIN credential for the person, hashed as {@code hasher} hashes; status ACTIVE, PENDING or REVOKED. */
    public void credential(long personId, PinHasher hasher, String pin, String status) {
        jdbi.useHandle(h -> h.execute("""
                insert into ledger.pin_credential (person_id, pin_hash, key_version, status, issued_at)
                values (?, ?, ?, ?, timestamptz '2025-01-02 09:00 America/New_York')""",
                personId, hasher.hash(personId, pin), hasher.currentVersion(), status));
    }

    /** Locks the case's account until {@code until} (phone-service state, in {@code ivr.account_lock}). */
    public void lockAccount(long caseId, Instant until) {
        jdbi.useHandle(h -> h.execute("""
                insert into ivr.account_lock (case_id, locked_until, lock_count, locked_at)
                values (?, ?, 1, ?)""", caseId, until, until.minusSeconds(15 * 60)));
    }

    public long noncustodialOf(long caseId) {
        return participant(caseId, "NONCUSTODIAL");
    }

    public long custodialOf(long caseId) {
        return participant(caseId, "CUSTODIAL");
    }

    private long participant(long caseId, String role) {
        return jdbi.withHandle(h -> h.createQuery("select person_id from ledger.case_participant where case_id = ? and role = ?")
                .bind(0, caseId).bind(1, role).mapTo(Long.class).one());
    }

    /**
     * An order of {@code monthlyCents}, due on {@code dueDay}, in effect from {@code from} to the end of
     * {@code lastMonth}, with its charge posted on the 1st of each of those months.
     */
    public long order(long caseId, long monthlyCents, int dueDay, LocalDate from, LocalDate lastMonth) {
        long orderId = nextId++;
        LocalDate effectiveTo = lastMonth.withDayOfMonth(lastMonth.lengthOfMonth());
        jdbi.useHandle(h -> {
            h.execute("""
                    insert into ledger.support_order (id, case_id, amount_cents, due_day, effective_from, effective_to)
                    values (?, ?, ?, ?, ?, ?)""", orderId, caseId, monthlyCents, dueDay, from, effectiveTo);
            for (LocalDate period = from.withDayOfMonth(1); !period.isAfter(effectiveTo); period = period.plusMonths(1)) {
                h.execute("""
                        insert into ledger.charge (case_id, order_id, period, posted_on, due_on, amount_cents)
                        values (?, ?, ?, ?, ?, ?)""", caseId, orderId, period, period, period.withDayOfMonth(dueDay), monthlyCents);
            }
        });
        return orderId;
    }

    public void payment(long caseId, LocalDate receivedOn, long cents, String method) {
        long payer = noncustodialOf(caseId);
        jdbi.useHandle(h -> h.execute("""
                insert into ledger.payment (case_id, payer_id, received_on, amount_cents, method) values (?, ?, ?, ?, ?)""",
                caseId, payer, receivedOn, cents, method));
    }

    public void disbursement(long caseId, LocalDate issuedOn, long cents, String method, LocalDate checkMailedOn) {
        long payee = custodialOf(caseId);
        jdbi.useHandle(h -> h.execute("""
                insert into ledger.disbursement (case_id, payee_id, issued_on, amount_cents, method, check_mailed_on)
                values (?, ?, ?, ?, ?, ?)""", caseId, payee, issuedOn, cents, method, checkMailedOn));
    }

    public void adjustment(long caseId, LocalDate postedOn, long cents, String reason) {
        jdbi.useHandle(h -> h.execute("insert into ledger.adjustment (case_id, posted_on, amount_cents, reason) values (?, ?, ?, ?)",
                caseId, postedOn, cents, reason));
    }

    public void notice(long caseId, LocalDate period, long dueCents, long paidCents, long arrearsCents) {
        jdbi.useHandle(h -> h.execute("""
                insert into ledger.monthly_notice (case_id, period, issued_on, amount_due_cents, amount_paid_cents, arrears_cents)
                values (?, ?, ?, ?, ?, ?)""", caseId, period, period.plusMonths(1), dueCents, paidCents, arrearsCents));
    }
}
