package gov.ocss.ivr.demo;

import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.ledger.AccountBalance;
import gov.ocss.ivr.ledger.Disbursement;
import gov.ocss.ivr.ledger.DisbursementMethod;
import gov.ocss.ivr.ledger.Ledger;
import gov.ocss.ivr.ledger.Participant;
import gov.ocss.ivr.ledger.Payment;
import gov.ocss.ivr.ledger.Role;
import gov.ocss.ivr.pin.PinHasher;
import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.testing.TestDatabase;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The showcase cases show what they claim whatever the seed, as the portal would compute it. */
class DemoShowcaseTest {
    private static final YearMonth ANCHOR = YearMonth.of(2026, 11);
    private static final List<LocalDate> DAYS_OF_THE_ANCHOR_MONTH = List.of(
            ANCHOR.atDay(1), ANCHOR.atDay(15), ANCHOR.atEndOfMonth());

    @ParameterizedTest
    @ValueSource(longs = {DemoDataset.DEFAULT_SEED, 1, 99})
    void eachShowcaseCaseShowsItsSituation(long seed) {
        DemoDataset dataset = DemoDataset.of(seed, 12, ANCHOR);
        Ledger ledger = new Ledger(load(dataset));
        Map<Showcase, ShowcaseCase> showcase = byShowcase(dataset);

        for (LocalDate day : DAYS_OF_THE_ANCHOR_MONTH) {
            ShowcaseCase arrears = showcase.get(Showcase.NONCUSTODIAL_WITH_ARREARS);
            assertThat(arrears.caller().language()).isEqualTo(Language.ENGLISH);
            assertThat(balance(ledger, arrears, day).pastDue().isPositive()).isTrue();

            ShowcaseCase credit = showcase.get(Showcase.NONCUSTODIAL_WITH_CREDIT);
            assertThat(credit.caller().language()).isEqualTo(Language.BENGALI);
            assertThat(balance(ledger, credit, day).hasCredit()).isTrue();

            ShowcaseCase stopped = showcase.get(Showcase.NONCUSTODIAL_NO_RECENT_PAYMENT);
            assertThat(stopped.caller().language()).isEqualTo(Language.ALBANIAN);
            List<Payment> last = ledger.recentPayments(stopped.supportCase().id(), day, 1);
            assertThat(last).singleElement().satisfies(p -> assertThat(p.receivedOn()).isBefore(day.minusDays(60)));
            assertThat(balance(ledger, stopped, day).pastDue().isPositive()).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {DemoDataset.DEFAULT_SEED, 1, 99})
    void custodialShowcaseParentsAreSentTheirMoneyTheWayTheyClaim(long seed) {
        DemoDataset dataset = DemoDataset.of(seed, 12, ANCHOR);
        Ledger ledger = new Ledger(load(dataset));
        Map<Showcase, ShowcaseCase> showcase = byShowcase(dataset);
        LocalDate today = ANCHOR.atDay(10);

        ShowcaseCase deposit = showcase.get(Showcase.CUSTODIAL_PAID_BY_DIRECT_DEPOSIT);
        assertThat(deposit.caller().language()).isEqualTo(Language.BENGALI);
        List<Disbursement> deposits = disbursements(ledger, deposit, today);
        assertThat(deposits).isNotEmpty().allSatisfy(d -> {
            assertThat(d.method()).isEqualTo(DisbursementMethod.DIRECT_DEPOSIT);
            assertThat(d.checkMailedOn()).isEmpty();
        });
        assertThat(deposits.get(0).issuedOn()).isAfter(today.minusDays(45));

        ShowcaseCase check = showcase.get(Showcase.CUSTODIAL_PAID_BY_CHECK);
        assertThat(check.caller().language()).isEqualTo(Language.ALBANIAN);
        List<Disbursement> checks = disbursements(ledger, check, today);
        assertThat(checks).isNotEmpty().allSatisfy(d -> {
            assertThat(d.method()).isEqualTo(DisbursementMethod.CHECK);
            assertThat(d.checkMailedOn()).hasValueSatisfying(mailed ->
                    assertThat(mailed).isBetween(d.issuedOn().plusDays(1), d.issuedOn().plusDays(2)));
        });
        assertThat(checks.get(0).issuedOn()).isAfter(today.minusDays(45));
    }

    @ParameterizedTest
    @ValueSource(longs = {DemoDataset.DEFAULT_SEED, 1, 99})
    void oneParentIsCustodialOnOneShowcaseCaseAndNoncustodialOnTheNext(long seed) {
        DemoDataset dataset = DemoDataset.of(seed, 12, ANCHOR);
        Ledger ledger = new Ledger(load(dataset));
        Map<Showcase, ShowcaseCase> showcase = byShowcase(dataset);

        ShowcaseCase custodial = showcase.get(Showcase.ON_TWO_CASES_AS_CUSTODIAL);
        ShowcaseCase noncustodial = showcase.get(Showcase.ON_TWO_CASES_AS_NONCUSTODIAL);
        assertThat(noncustodial.caller()).isEqualTo(custodial.caller());
        assertThat(noncustodial.supportCase().caseNumber()).isNotEqualTo(custodial.supportCase().caseNumber());
        assertThat(roleOf(ledger, custodial)).isEqualTo(Role.CUSTODIAL);
        assertThat(roleOf(ledger, noncustodial)).isEqualTo(Role.NONCUSTODIAL);
        assertThat(custodial.caller().language()).isEqualTo(Language.ENGLISH);
    }

    @ParameterizedTest
    @ValueSource(longs = {DemoDataset.DEFAULT_SEED, 1, 99})
    void theDemoPinOfEveryShowcaseCallerVerifiesAgainstTheStoredHash(long seed) {
        DemoDataset dataset = DemoDataset.of(seed, 12, ANCHOR);
        Jdbi jdbi = load(dataset);
        PinHasher hasher = DemoPinKey.hasher();

        for (ShowcaseCase c : dataset.showcase()) {
            DemoPerson caller = c.caller();
            var stored = jdbi.withHandle(h -> h.createQuery("""
                            select pin_hash, key_version from ledger.pin_credential
                             where person_id = :person and status = 'ACTIVE'""")
                    .bind("person", caller.id())
                    .map((rs, ctx) -> Map.entry(rs.getBytes("pin_hash"), rs.getInt("key_version")))
                    .one());
            assertThat(hasher.matches(caller.id(), caller.pin().digits(), stored.getKey(), stored.getValue()))
                    .as("%s's PIN", caller).isTrue();
            String wrong = String.format("%05d", (Integer.parseInt(caller.pin().digits()) + 1) % 100_000);
            assertThat(hasher.matches(caller.id(), wrong, stored.getKey(), stored.getValue())).isFalse();
        }
    }

    /** The README lists these figures: when this fails, the generator changed and the README must follow. */
    @org.junit.jupiter.api.Test
    void theFiguresTheReadmeListsStillHold() {
        DemoDataset dataset = DemoDataset.of(DemoDataset.DEFAULT_SEED, 10, ANCHOR);
        Ledger ledger = new Ledger(load(dataset));
        List<String> figures = dataset.showcase().stream().map(c -> {
            AccountBalance balance = balance(ledger, c, ANCHOR.atDay(1));
            return c.supportCase().caseNumber().digits() + " " + c.caller().fullName() + " " + balance.currentDue()
                    + " " + balance.pastDue() + " " + balance.credit();
        }).toList();

        assertThat(figures).containsExactly(
                "5236295464 Tyrone Brown $303.33 $2,504.92 $0.00",
                "8030525052 Sabina Hossain $216.67 $0.00 $0.00",
                "3332587280 Mirela Gjoka $866.67 $0.00 $0.00",
                "6910461323 Karim Chowdhury $0.00 $0.00 $2,184.00",
                "9131027451 Besnik Gashi $303.33 $1,213.32 $0.00",
                "5327690201 Shanice Robinson $953.33 $0.00 $0.00",
                "8470515423 Shanice Robinson $1,061.67 $0.00 $0.00");
    }

    private static Jdbi load(DemoDataset dataset) {
        TestDatabase db = TestDatabase.fresh();
        new DemoData(db.jdbi(), DemoPinKey.hasher()).load(dataset);
        return db.jdbi();
    }

    private static Map<Showcase, ShowcaseCase> byShowcase(DemoDataset dataset) {
        return dataset.showcase().stream()
                .collect(java.util.stream.Collectors.toMap(ShowcaseCase::showcase, c -> c));
    }

    private static AccountBalance balance(Ledger ledger, ShowcaseCase c, LocalDate day) {
        return ledger.balance(c.supportCase().id(), day);
    }

    private static List<Disbursement> disbursements(Ledger ledger, ShowcaseCase c, LocalDate day) {
        return ledger.recentDisbursements(c.supportCase().id(), c.caller().id(), day, 100);
    }

    private static Role roleOf(Ledger ledger, ShowcaseCase c) {
        return ledger.participants(c.supportCase().id()).stream()
                .filter(p -> p.personId() == c.caller().id())
                .map(Participant::role)
                .findFirst().orElseThrow();
    }
}
