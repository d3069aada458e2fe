package gov.ocss.ivr.ledger;

import gov.ocss.ivr.prompts.Language;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/**
 * The read model of the shared ledger: what the web portal shows a parent, read from the same
 * tables, so phone and web always agree. Read-only.
 */
public class Ledger {
    private final Jdbi jdbi;

    public Ledger(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * The case with this number, if any. Called inside another transaction (the PIN check's), it reads
     * on that transaction's handle: Jdbi reuses the handle the thread already has open.
     */
    public Optional<SupportCase> findCase(CaseNumber number) {
        return jdbi.withHandle(h -> h.createQuery(
                        "select id, office_id from ledger.support_case where case_number = :number")
                .bind("number", number.digits())
                .map((rs, ctx) -> new SupportCase(rs.getLong("id"), number, rs.getInt("office_id")))
                .findOne());
    }

    /** The case's parents, the custodial parent first, then by person id. */
    public List<Participant> participants(long caseId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select p.id, cp.role, p.first_name, p.last_name, p.preferred_language
                          from ledger.case_participant cp
                          join ledger.person p on p.id = cp.person_id
                         where cp.case_id = :caseId
                         order by cp.role, p.id""")
                .bind("caseId", caseId)
                .map((rs, ctx) -> new Participant(rs.getLong("id"), caseId, Role.valueOf(rs.getString("role")),
                        rs.getString("first_name"), rs.getString("last_name"),
                        Language.fromCode(rs.getString("preferred_language")).orElse(Language.ENGLISH)))
                .list());
    }

    /** What makes a balance on {@code :asOf}, counting only what was posted by then (see {@link #balanceOf}). */
    private static final String BALANCE = """
            select
              (select coalesce(sum(amount_cents), 0) from ledger.charge
                where case_id = :caseId and posted_on <= :asOf)
            + (select coalesce(sum(amount_cents), 0) from ledger.adjustment
                where case_id = :caseId and posted_on <= :asOf)                     as charged,
              (select coalesce(sum(amount_cents), 0) from ledger.payment
                where case_id = :caseId and received_on <= :asOf)                   as paid,
              (select coalesce(sum(amount_cents), 0) from ledger.charge
                where case_id = :caseId and period = :month and posted_on <= :asOf) as charged_this_month,
              (select min(due_on) from ledger.charge
                where case_id = :caseId and period = :month and posted_on <= :asOf) as due_on,
              (select coalesce(sum(amount_cents), 0) from ledger.payment
                where case_id = :caseId and received_on between :month and :asOf)   as paid_this_month""";

    /** The balance on {@code asOf}, counting only what was posted by then. */
    public AccountBalance balance(long caseId, LocalDate asOf) {
        return jdbi.withHandle(h -> h.createQuery(BALANCE)
                .bind("caseId", caseId)
                .bind("asOf", asOf)
                .bind("month", asOf.withDayOfMonth(1))
                .map((rs, ctx) -> balanceOf(rs, asOf))
                .one());
    }

    /**
     * A paying parent's account on {@code asOf}: the balance and the latest payments (at most
     * {@code limit}, newest first), read in one statement, as a call reads it once and answers every
     * question of its menu from it.
     */
    public AccountStatement statement(long caseId, LocalDate asOf, int limit) {
        // One row a payment (one row with no payment when there is none), each carrying the balance.
        List<Map.Entry<AccountBalance, Optional<Payment>>> rows = jdbi.withHandle(h -> h.createQuery("with balance as ("
                        + BALANCE + """
                        ), recent as (
                          select id, received_on, amount_cents, method from ledger.payment
                           where case_id = :caseId and received_on <= :asOf
                           order by received_on desc, id desc
                           limit :limit)
                        select b.*, r.received_on, r.amount_cents, r.method
                          from balance b left join recent r on true
                         order by r.received_on desc nulls last, r.id desc nulls last""")
                .bind("caseId", caseId)
                .bind("asOf", asOf)
                .bind("month", asOf.withDayOfMonth(1))
                .bind("limit", limit)
                .map((rs, ctx) -> Map.entry(balanceOf(rs, asOf),
                        rs.getObject("received_on") == null ? Optional.<Payment>empty() : Optional.of(paymentOf(rs))))
                .list());
        return new AccountStatement(rows.get(0).getKey(), rows.stream().flatMap(row -> row.getValue().stream()).toList());
    }

    private static AccountBalance balanceOf(ResultSet rs, LocalDate asOf) throws SQLException {
        return AccountBalance.of(asOf,
                Money.ofCents(rs.getLong("charged")),
                Money.ofCents(rs.getLong("paid")),
                Money.ofCents(rs.getLong("charged_this_month")),
                Money.ofCents(rs.getLong("paid_this_month")),
                Optional.ofNullable(rs.getObject("due_on", LocalDate.class)));
    }

    private static Payment paymentOf(ResultSet rs) throws SQLException {
        return new Payment(rs.getObject("received_on", LocalDate.class),
                Money.ofCents(rs.getLong("amount_cents")), PaymentMethod.valueOf(rs.getString("method")));
    }

    /** Payments received on the case up to {@code asOf}, newest first. */
    public List<Payment> recentPayments(long caseId, LocalDate asOf, int limit) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select received_on, amount_cents, method from ledger.payment
                         where case_id = :caseId and received_on <= :asOf
                         order by received_on desc, id desc
                         limit :limit""")
                .bind("caseId", caseId)
                .bind("asOf", asOf)
                .bind("limit", limit)
                .map((rs, ctx) -> paymentOf(rs))
                .list());
    }

    /** Money sent to this custodial parent on the case up to {@code asOf}, newest first. */
    public List<Disbursement> recentDisbursements(long caseId, long payeeId, LocalDate asOf, int limit) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select issued_on, amount_cents, method, check_mailed_on from ledger.disbursement
                         where case_id = :caseId and payee_id = :payeeId and issued_on <= :asOf
                         order by issued_on desc, id desc
                         limit :limit""")
                .bind("caseId", caseId)
                .bind("payeeId", payeeId)
                .bind("asOf", asOf)
                .bind("limit", limit)
                .map((rs, ctx) -> new Disbursement(rs.getObject("issued_on", LocalDate.class),
                        Money.ofCents(rs.getLong("amount_cents")),
                        DisbursementMethod.valueOf(rs.getString("method")),
                        Optional.ofNullable(rs.getObject("check_mailed_on", LocalDate.class))))
                .list());
    }

    /** The newest monthly notice issued by {@code asOf}. */
    public Optional<MonthlyNotice> latestNotice(long caseId, LocalDate asOf) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select period, issued_on, amount_due_cents, amount_paid_cents, arrears_cents
                          from ledger.monthly_notice
                         where case_id = :caseId and issued_on <= :asOf
                         order by period desc
                         limit 1""")
                .bind("caseId", caseId)
                .bind("asOf", asOf)
                .map((rs, ctx) -> new MonthlyNotice(rs.getObject("period", LocalDate.class),
                        rs.getObject("issued_on", LocalDate.class),
                        Money.ofCents(rs.getLong("amount_due_cents")),
                        Money.ofCents(rs.getLong("amount_paid_cents")),
                        Money.ofCents(rs.getLong("arrears_cents"))))
                .findOne());
    }

    /** The orders in effect on {@code asOf}: what the payment coupon asks for each month. */
    public List<SupportOrder> ordersInEffect(long caseId, LocalDate asOf) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select id, kind, amount_cents, due_day, effective_from, effective_to
                          from ledger.support_order
                         where case_id = :caseId and effective_from <= :asOf
                           and (effective_to is null or effective_to >= :asOf)
                         order by id""")
                .bind("caseId", caseId)
                .bind("asOf", asOf)
                .map((rs, ctx) -> new SupportOrder(rs.getLong("id"), rs.getString("kind"),
                        Money.ofCents(rs.getLong("amount_cents")), rs.getInt("due_day"),
                        rs.getObject("effective_from", LocalDate.class),
                        Optional.ofNullable(rs.getObject("effective_to", LocalDate.class))))
                .list());
    }

    public Office officeOf(SupportCase supportCase) {
        return office("where id = :id", Map.of("id", supportCase.officeId()));
    }

    /** The office callers hear about before they are verified. */
    public Office mainOffice() {
        return office("where is_main", Map.of());
    }

    private Office office(String where, Map<String, Object> args) {
        return jdbi.withHandle(h -> {
            Office bare = h.createQuery("select * from ledger.local_office " + where)
                    .bindMap(args)
                    .map((rs, ctx) -> new Office(rs.getInt("id"), rs.getString("code"), rs.getString("name"),
                            address(rs), rs.getString("phone"), rs.getString("email"), List.of()))
                    .one();
            List<OpeningHours> hours = h.createQuery("""
                            select iso_day, opens_at, closes_at from ledger.office_hours
                             where office_id = :id order by iso_day""")
                    .bind("id", bare.id())
                    .map((rs, ctx) -> new OpeningHours(DayOfWeek.of(rs.getInt("iso_day")),
                            rs.getTime("opens_at").toLocalTime(), rs.getTime("closes_at").toLocalTime()))
                    .collect(Collectors.toList());
            return new Office(bare.id(), bare.code(), bare.name(), bare.address(), bare.phone(), bare.email(), hours);
        });
    }

    public PaymentAddress paymentAddress() {
        return jdbi.withHandle(h -> h.createQuery("select * from ledger.payment_address")
                .map((rs, ctx) -> new PaymentAddress(rs.getString("payee"), address(rs)))
                .one());
    }

    /** Offices and the payment address have no unit line. */
    private static Address address(ResultSet rs) throws SQLException {
        return new Address(rs.getString("street"), null, rs.getString("city"), rs.getString("state"), rs.getString("zip"));
    }
}
