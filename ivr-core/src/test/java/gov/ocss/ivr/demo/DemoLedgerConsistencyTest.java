package gov.ocss.ivr.demo;

import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.testing.TestDatabase;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the loaded demo ledger must look like to anyone reading it with SQL, as the portal does. */
class DemoLedgerConsistencyTest {
    private static final YearMonth ANCHOR = YearMonth.of(2026, 11);
    private static final LocalDate ANCHOR_DAY = ANCHOR.atDay(1);
    private static final LocalDate HISTORY_START = ANCHOR.minusMonths(24).atDay(1);

    private static Jdbi jdbi;

    @BeforeAll
    static void loadOneThousandCases() {
        TestDatabase db = TestDatabase.fresh();
        jdbi = db.jdbi();
        new DemoData(jdbi, DemoPinKey.hasher()).load(DemoDataset.of(DemoDataset.DEFAULT_SEED, 1_000, ANCHOR));
    }

    @Test
    void everyCaseHasOneCustodialAndOneNoncustodialParent() {
        assertThat(count("""
                select count(*) from ledger.support_case c
                 where (select count(*) from ledger.case_participant p where p.case_id = c.id and p.role = 'CUSTODIAL') <> 1
                    or (select count(*) from ledger.case_participant p where p.case_id = c.id and p.role = 'NONCUSTODIAL') <> 1
                """)).isZero();
        assertThat(count("select count(*) from ledger.support_case")).isEqualTo(1_000);
    }

    @Test
    void everyPaymentComesFromTheNoncustodialParentAndIsPassedOnToTheCustodialParent() {
        assertThat(count("""
                select count(*) from ledger.payment p
                 where not exists (select 1 from ledger.case_participant cp
                                    where cp.case_id = p.case_id and cp.person_id = p.payer_id and cp.role = 'NONCUSTODIAL')
                """)).isZero();
        assertThat(count("""
                select count(*) from ledger.disbursement d
                 where not exists (select 1 from ledger.case_participant cp
                                    where cp.case_id = d.case_id and cp.person_id = d.payee_id and cp.role = 'CUSTODIAL')
                """)).isZero();
        String paymentsByCaseAndAmount = "select case_id, amount_cents, count(*) from ledger.payment group by 1, 2";
        String disbursementsByCaseAndAmount = "select case_id, amount_cents, count(*) from ledger.disbursement group by 1, 2";
        assertThat(count("select count(*) from (" + paymentsByCaseAndAmount + " except " + disbursementsByCaseAndAmount + ") x"))
                .isZero();
        assertThat(count("select count(*) from (" + disbursementsByCaseAndAmount + " except " + paymentsByCaseAndAmount + ") x"))
                .isZero();
        assertThat(count("select count(*) from ledger.payment")).isGreaterThan(20_000);
    }

    @Test
    void checksAreMailedADayOrTwoAfterTheyAreIssuedAndOtherMethodsAreNotMailed() {
        assertThat(count("""
                select count(*) from ledger.disbursement
                 where (method = 'CHECK') <> (check_mailed_on is not null)
                    or check_mailed_on - issued_on not between 1 and 2""")).isZero();
        assertThat(list("select distinct method from ledger.disbursement"))
                .containsExactlyInAnyOrder("DIRECT_DEPOSIT", "DEBIT_CARD", "CHECK");
    }

    @Test
    void paymentsArriveInEveryWayTheAgencyTakesThem() {
        assertThat(list("select distinct method from ledger.payment")).contains(
                "INCOME_WITHHOLDING", "CHECK", "MONEY_ORDER", "ONLINE", "TAX_OFFSET", "UNEMPLOYMENT_INTERCEPT");
        // A tax refund is intercepted at most once a year.
        assertThat(count("""
                select count(*) from ledger.payment a join ledger.payment b
                    on a.case_id = b.case_id and a.id < b.id and a.method = 'TAX_OFFSET' and b.method = 'TAX_OFFSET'
                 where b.received_on - a.received_on < 300""")).isZero();
    }

    @Test
    void someMonthsArePaidLateSomePartlySomeNotAtAllAndSomeOverpaid() {
        assertThat(count("""
                select count(*) from ledger.payment p join ledger.charge c
                    on c.case_id = p.case_id and c.period = date_trunc('month', p.received_on)
                 where p.received_on > c.due_on""")).as("late").isPositive();
        assertThat(count("select count(*) from ledger.monthly_notice where amount_paid_cents between 1 and amount_due_cents - 1"))
                .as("partly paid").isPositive();
        assertThat(count("select count(*) from ledger.monthly_notice where amount_paid_cents = 0 and amount_due_cents > 0"))
                .as("missed").isPositive();
        assertThat(count("select count(*) from ledger.monthly_notice where amount_paid_cents > amount_due_cents"))
                .as("overpaid").isPositive();
        assertThat(count("select count(distinct case_id) from ledger.adjustment")).as("corrected").isBetween(1L, 100L);
    }

    @Test
    void everyOrderPostsACharge_forEveryMonthItIsInEffect_andNoOther() {
        assertThat(count("""
                select count(*) from ledger.support_order o
                 cross join lateral generate_series(greatest(o.effective_from, :start),
                                                    least(coalesce(o.effective_to, :anchor), :anchor), interval '1 month') m
                 where not exists (select 1 from ledger.charge c where c.order_id = o.id and c.period = m::date)""")).isZero();
        assertThat(count("""
                select count(*) from ledger.charge c join ledger.support_order o on o.id = c.order_id
                 where c.period < o.effective_from or c.period > coalesce(o.effective_to, :anchor)
                    or c.period < :start or c.period > :anchor
                    or c.amount_cents <> o.amount_cents or c.case_id <> o.case_id
                    or c.posted_on <> c.period or c.due_on <> c.period + (o.due_day - 1)""")).isZero();
    }

    @Test
    void ordersChangeOnSomeCasesAndRunTwoAtOnceOnOthers() {
        assertThat(count("""
                select count(*) from ledger.support_order a join ledger.support_order b
                    on a.case_id = b.case_id and a.kind = 'CHILD_SUPPORT' and b.kind = 'CHILD_SUPPORT'
                   and b.effective_from = a.effective_to + 1 and a.amount_cents <> b.amount_cents""")).as("modified").isPositive();
        assertThat(count("""
                select count(*) from ledger.support_order a join ledger.support_order b
                    on a.case_id = b.case_id and a.kind = 'CHILD_SUPPORT' and b.kind = 'MEDICAL_SUPPORT'
                   and b.effective_from <= coalesce(a.effective_to, 'infinity')
                   and a.effective_from <= coalesce(b.effective_to, 'infinity')""")).as("two at once").isPositive();
    }

    @Test
    void eachNoticeSaysWhatTheLedgerSaysAtTheEndOfItsMonth() {
        assertThat(count("""
                select count(*) from ledger.monthly_notice n
                 cross join lateral (select (n.period + interval '1 month' - interval '1 day')::date as last_day) e
                 where n.issued_on <> (n.period + interval '1 month')::date
                    or n.amount_due_cents <> (select coalesce(sum(amount_cents), 0) from ledger.charge c
                                               where c.case_id = n.case_id and c.period = n.period)
                    or n.amount_paid_cents <> (select coalesce(sum(amount_cents), 0) from ledger.payment p
                                                where p.case_id = n.case_id and p.received_on between n.period and e.last_day)
                    or n.arrears_cents <> greatest(0,
                          (select coalesce(sum(amount_cents), 0) from ledger.charge c
                            where c.case_id = n.case_id and c.posted_on <= e.last_day)
                        + (select coalesce(sum(amount_cents), 0) from ledger.adjustment a
                            where a.case_id = n.case_id and a.posted_on <= e.last_day)
                        - (select coalesce(sum(amount_cents), 0) from ledger.payment p
                            where p.case_id = n.case_id and p.received_on <= e.last_day))""")).isZero();
        assertThat(count("select count(*) from ledger.monthly_notice")).isGreaterThan(20_000);
    }

    @Test
    void everyMonthOfHistoryHasItsNotice_butTheAnchorMonthHasOnlyItsCharges() {
        assertThat(count("""
                select count(*) from ledger.support_case s
                 cross join lateral generate_series(
                       greatest(:start, (select min(effective_from) from ledger.support_order o where o.case_id = s.id)),
                       :anchor - interval '1 month', interval '1 month') m
                 where not exists (select 1 from ledger.monthly_notice n where n.case_id = s.id and n.period = m::date)"""))
                .isZero();
        assertThat(count("select count(*) from ledger.monthly_notice where period >= :anchor or period < :start")).isZero();
        assertThat(count("select count(*) from ledger.payment where received_on >= :anchor or received_on < :start")).isZero();
        assertThat(count("select count(*) from ledger.disbursement where issued_on >= :anchor or check_mailed_on >= :anchor"))
                .isZero();
        assertThat(count("select count(*) from ledger.adjustment where posted_on >= :anchor")).isZero();
        assertThat(count("select count(*) from ledger.charge where period = :anchor")).isPositive();
    }

    @Test
    void allThreeLanguagesAreSpoken() {
        assertThat(list("select distinct preferred_language from ledger.person")).containsExactlyInAnyOrder("en", "bn", "sq");
    }

    @Test
    void somePeopleAreOnSeveralCases_oneOfThemCustodialOnOneAndNoncustodialOnAnother() {
        assertThat(count("select count(*) from (select person_id from ledger.case_participant group by 1 having count(*) > 1) x"))
                .isPositive();
        assertThat(count("""
                select count(*) from (select person_id from ledger.case_participant group by 1
                                       having count(distinct role) = 2) x""")).isPositive();
    }

    @Test
    void eachCaseIsHandledByTheOfficeOfTheCustodialParentsBorough() {
        assertThat(count("""
                select count(*) from ledger.support_case s
                  join ledger.local_office o on o.id = s.office_id
                  join ledger.case_participant cp on cp.case_id = s.id and cp.role = 'CUSTODIAL'
                  join ledger.person p on p.id = cp.person_id
                 where o.code <> case when p.zip like '100%' then 'MN' when p.zip like '104%' then 'BX'
                                      when p.zip like '112%' then 'BK' when p.zip like '103%' then 'SI'
                                      when substr(p.zip, 1, 3) in ('111', '113', '114', '116') then 'QN' end""")).isZero();
    }

    @Test
    void theOfficesAndThePaymentAddressAreFictional() {
        assertThat(list("select code from ledger.local_office order by id")).containsExactly("MN", "BX", "BK", "QN", "SI");
        assertThat(list("select code from ledger.local_office where is_main")).containsExactly("MN");
        assertThat(list("select phone from ledger.local_office")).allMatch(phone -> phone.matches("[0-9]{3}55501[0-9]{2}"));
        assertThat(list("select email from ledger.local_office")).allMatch(email -> email.endsWith("example.gov"));
        assertThat(count("""
                select count(*) from ledger.office_hours
                 where iso_day between 1 and 5 and (opens_at <> '08:30' or closes_at <> '17:00')""")).isZero();
        assertThat(count("select count(*) from ledger.office_hours where iso_day between 1 and 5")).isEqualTo(25);
        assertThat(list("""
                select o.code || ' ' || h.opens_at || '-' || h.closes_at from ledger.office_hours h
                  join ledger.local_office o on o.id = h.office_id where h.iso_day = 6"""))
                .containsExactly("QN 09:00:00-13:00:00");
        assertThat(list("select payee || ', ' || street || ', ' || city || ' ' || state || ' ' || zip from ledger.payment_address"))
                .containsExactly("NYC Child Support Payment Center, P.O. Box 15000, Albany NY 12212");
    }

    @Test
    void everyPersonHasOneActivePinHashedWithTheCurrentKey() {
        assertThat(count("""
                select count(*) from ledger.person p
                 where (select count(*) from ledger.pin_credential c
                         where c.person_id = p.id and c.status = 'ACTIVE' and c.key_version = :version) <> 1""")).isZero();
        assertThat(count("select count(*) from ledger.pin_credential")).isEqualTo(count("select count(*) from ledger.person"));
        // Equal PINs never give equal hashes: the person's id is in the hash.
        assertThat(count("select count(distinct pin_hash) from ledger.pin_credential"))
                .isEqualTo(count("select count(*) from ledger.pin_credential"));
    }

    private static long count(String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql)
                .configure(SqlStatements.class, statements -> statements.setUnusedBindingAllowed(true))
                .bind("start", HISTORY_START)
                .bind("anchor", ANCHOR_DAY)
                .bind("version", DemoPinKey.VERSION)
                .mapTo(Long.class).one());
    }

    private static List<String> list(String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(String.class).list());
    }
}
