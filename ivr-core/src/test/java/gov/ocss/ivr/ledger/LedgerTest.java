package gov.ocss.ivr.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.testing.LedgerFixture;
import gov.ocss.ivr.testing.TestDatabase;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The money math the portal and the phone line share, on a real PostgreSQL. */
class LedgerTest {
    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    private static final LocalDate MAR = LocalDate.of(2026, 3, 1);
    private static final LocalDate MAR_20 = LocalDate.of(2026, 3, 20);

    private LedgerFixture fixture;
    private Ledger ledger;
    private long caseId;

    @BeforeEach
    void freshLedger() {
        TestDatabase db = TestDatabase.fresh();
        fixture = new LedgerFixture(db.jdbi());
        ledger = new Ledger(db.jdbi());
        caseId = fixture.newCase(CaseNumber.withCheckDigit(100_000_001L));
    }

    @Test
    void noPaymentEverLeavesEarlierMonthsPastDueAndThisMonthDue() {
        fixture.order(caseId, 500_00, 1, JAN, MAR);

        AccountBalance balance = ledger.balance(caseId, MAR_20);

        assertThat(balance.currentSupport()).isEqualTo(Money.ofDollars(500));
        assertThat(balance.currentDue()).isEqualTo(Money.ofDollars(500));
        assertThat(balance.dueOn()).contains(MAR);
        assertThat(balance.pastDue()).isEqualTo(Money.ofDollars(1000));
        assertThat(balance.credit()).isEqualTo(Money.ZERO);
        assertThat(balance.currentIsLate()).isTrue();
        assertThat(ledger.recentPayments(caseId, MAR_20, 5)).isEmpty();
        assertThat(ledger.latestNotice(caseId, MAR_20)).isEmpty();
    }

    @Test
    void aPartialPaymentGoesToThisMonthFirstAndTheRestStaysDue() {
        fixture.order(caseId, 500_00, 1, JAN, MAR);
        fixture.payment(caseId, LocalDate.of(2026, 1, 5), 500_00, "INCOME_WITHHOLDING");
        fixture.payment(caseId, LocalDate.of(2026, 2, 5), 200_00, "CHECK");
        fixture.payment(caseId, LocalDate.of(2026, 3, 5), 100_00, "ONLINE");

        AccountBalance balance = ledger.balance(caseId, MAR_20);

        assertThat(balance.currentDue()).isEqualTo(Money.ofDollars(400));
        assertThat(balance.pastDue()).isEqualTo(Money.ofDollars(300));
        assertThat(balance.totalDue()).isEqualTo(Money.ofDollars(700));
    }

    @Test
    void payingMoreThanThisMonthLowersThePastDueBalance() {
        fixture.order(caseId, 500_00, 1, JAN, MAR);
        fixture.payment(caseId, LocalDate.of(2026, 3, 2), 1_200_00, "TAX_OFFSET");

        AccountBalance balance = ledger.balance(caseId, MAR_20);

        assertThat(balance.currentDue()).isEqualTo(Money.ZERO);
        assertThat(balance.pastDue()).isEqualTo(Money.ofDollars(300));
    }

    @Test
    void anOverpaymentIsACreditAndNothingIsDue() {
        fixture.order(caseId, 500_00, 1, JAN, MAR);
        fixture.payment(caseId, LocalDate.of(2026, 1, 5), 500_00, "CHECK");
        fixture.payment(caseId, LocalDate.of(2026, 2, 5), 500_00, "CHECK");
        fixture.payment(caseId, LocalDate.of(2026, 3, 5), 800_03, "CHECK");

        AccountBalance balance = ledger.balance(caseId, MAR_20);

        assertThat(balance.hasCredit()).isTrue();
        assertThat(balance.credit()).isEqualTo(Money.ofCents(300_03));
        assertThat(balance.currentDue()).isEqualTo(Money.ZERO);
        assertThat(balance.pastDue()).isEqualTo(Money.ZERO);
        assertThat(balance.currentIsLate()).isFalse();
    }

    @Test
    void aCreditFromLastMonthCoversPartOfThisMonth() {
        fixture.order(caseId, 500_00, 1, JAN, LocalDate.of(2026, 2, 1));
        fixture.payment(caseId, LocalDate.of(2026, 1, 5), 700_00, "CHECK");

        AccountBalance balance = ledger.balance(caseId, LocalDate.of(2026, 2, 10));

        assertThat(balance.currentDue()).isEqualTo(Money.ofDollars(300));
        assertThat(balance.pastDue()).isEqualTo(Money.ZERO);
    }

    @Test
    void anOrderChangedMidHistoryChargesTheNewAmountFromItsStart() {
        fixture.order(caseId, 400_00, 1, JAN, LocalDate.of(2026, 2, 28));
        long newOrder = fixture.order(caseId, 612_50, 1, MAR, MAR);
        fixture.payment(caseId, LocalDate.of(2026, 1, 3), 400_00, "INCOME_WITHHOLDING");
        fixture.payment(caseId, LocalDate.of(2026, 2, 3), 400_00, "INCOME_WITHHOLDING");

        AccountBalance balance = ledger.balance(caseId, MAR_20);

        assertThat(balance.currentSupport()).isEqualTo(Money.ofCents(612_50));
        assertThat(balance.currentDue()).isEqualTo(Money.ofCents(612_50));
        assertThat(balance.pastDue()).isEqualTo(Money.ZERO);
        assertThat(ledger.ordersInEffect(caseId, MAR_20)).extracting(SupportOrder::id).containsExactly(newOrder);
    }

    @Test
    void severalOrdersAddUpAndTheEarliestDueDateIsTheOneToMeet() {
        fixture.order(caseId, 500_00, 15, MAR, MAR);
        fixture.order(caseId, 45_25, 10, MAR, MAR);

        AccountBalance balance = ledger.balance(caseId, LocalDate.of(2026, 3, 5));

        assertThat(balance.currentSupport()).isEqualTo(Money.ofCents(545_25));
        assertThat(balance.currentDue()).isEqualTo(Money.ofCents(545_25));
        assertThat(balance.dueOn()).contains(LocalDate.of(2026, 3, 10));
        assertThat(balance.currentIsLate()).isFalse();
        assertThat(ledger.ordersInEffect(caseId, LocalDate.of(2026, 3, 5))).hasSize(2);
    }

    @Test
    void aPaymentOnTheDueDateCountsAndIsNotLate() {
        fixture.order(caseId, 500_00, 15, MAR, MAR);
        LocalDate dueDay = LocalDate.of(2026, 3, 15);

        assertThat(ledger.balance(caseId, dueDay).currentIsLate()).as("unpaid on the day itself").isFalse();
        assertThat(ledger.balance(caseId, dueDay.plusDays(1)).currentIsLate()).as("unpaid the day after").isTrue();

        fixture.payment(caseId, dueDay, 500_00, "ONLINE");

        AccountBalance onTheDay = ledger.balance(caseId, dueDay);
        assertThat(onTheDay.currentDue()).isEqualTo(Money.ZERO);
        assertThat(onTheDay.currentIsLate()).isFalse();
        assertThat(ledger.balance(caseId, dueDay.minusDays(1)).currentDue()).as("the day before it arrived")
                .isEqualTo(Money.ofDollars(500));
    }

    @Test
    void somethingPostedAfterTheDayAskedAboutIsNotCounted() {
        fixture.order(caseId, 500_00, 1, JAN, MAR);
        fixture.payment(caseId, LocalDate.of(2026, 3, 21), 1_500_00, "CHECK");
        fixture.adjustment(caseId, LocalDate.of(2026, 3, 25), -100_00, "court credit");

        assertThat(ledger.balance(caseId, MAR_20).totalDue()).isEqualTo(Money.ofDollars(1500));
        assertThat(ledger.balance(caseId, LocalDate.of(2026, 3, 31)).credit()).isEqualTo(Money.ofDollars(100));
    }

    @Test
    void anAdjustmentDownwardLowersWhatIsPastDue() {
        fixture.order(caseId, 500_00, 1, JAN, MAR);
        fixture.adjustment(caseId, LocalDate.of(2026, 2, 20), -250_00, "retroactive modification");

        AccountBalance balance = ledger.balance(caseId, MAR_20);

        assertThat(balance.currentDue()).isEqualTo(Money.ofDollars(500));
        assertThat(balance.pastDue()).isEqualTo(Money.ofDollars(750));
    }

    @Test
    void recentPaymentsComeNewestFirstUpToTheLimit() {
        fixture.order(caseId, 100_00, 1, JAN, MAR);
        for (int day = 1; day <= 7; day++) {
            fixture.payment(caseId, LocalDate.of(2026, 2, day), day * 10_00L, day % 2 == 0 ? "CHECK" : "ONLINE");
        }

        var payments = ledger.recentPayments(caseId, MAR_20, 5);

        assertThat(payments).extracting(Payment::receivedOn).containsExactly(
                LocalDate.of(2026, 2, 7), LocalDate.of(2026, 2, 6), LocalDate.of(2026, 2, 5),
                LocalDate.of(2026, 2, 4), LocalDate.of(2026, 2, 3));
        assertThat(payments.get(0)).isEqualTo(new Payment(LocalDate.of(2026, 2, 7), Money.ofDollars(70), PaymentMethod.ONLINE));
    }

    @Test
    void theStatementIsTheBalanceAndTheRecentPaymentsReadTogether() {
        fixture.order(caseId, 100_00, 1, JAN, MAR);
        for (int day = 1; day <= 7; day++) {
            fixture.payment(caseId, LocalDate.of(2026, 2, day), day * 10_00L, day % 2 == 0 ? "CHECK" : "ONLINE");
        }
        fixture.payment(caseId, LocalDate.of(2026, 3, 25), 99_00L, "CHECK");

        AccountStatement statement = ledger.statement(caseId, MAR_20, 5);

        assertThat(statement.balance()).isEqualTo(ledger.balance(caseId, MAR_20));
        assertThat(statement.balance().totalDue()).isEqualTo(Money.ofDollars(300 - 280));
        assertThat(statement.recentPayments()).isEqualTo(ledger.recentPayments(caseId, MAR_20, 5)).hasSize(5);
    }

    @Test
    void aStatementWithNoPaymentStillHasItsBalance() {
        fixture.order(caseId, 100_00, 1, JAN, MAR);

        AccountStatement statement = ledger.statement(caseId, MAR_20, 5);

        assertThat(statement.recentPayments()).isEmpty();
        assertThat(statement.balance().totalDue()).isEqualTo(Money.ofDollars(300));
    }

    @Test
    void disbursementsShowTheMethodAndWhenACheckWasMailed() {
        fixture.disbursement(caseId, LocalDate.of(2026, 2, 3), 250_00, "CHECK", LocalDate.of(2026, 2, 4));
        fixture.disbursement(caseId, LocalDate.of(2026, 3, 3), 250_00, "DIRECT_DEPOSIT", null);

        var sent = ledger.recentDisbursements(caseId, fixture.custodialOf(caseId), MAR_20, 5);

        assertThat(sent).containsExactly(
                new Disbursement(LocalDate.of(2026, 3, 3), Money.ofDollars(250), DisbursementMethod.DIRECT_DEPOSIT, Optional.empty()),
                new Disbursement(LocalDate.of(2026, 2, 3), Money.ofDollars(250), DisbursementMethod.CHECK,
                        Optional.of(LocalDate.of(2026, 2, 4))));
        assertThat(ledger.recentDisbursements(caseId, fixture.noncustodialOf(caseId), MAR_20, 5))
                .as("the paying parent receives nothing").isEmpty();
    }

    @Test
    void theLatestNoticeIsTheNewestOneAlreadyIssued() {
        fixture.notice(caseId, JAN, 500_00, 500_00, 0);
        fixture.notice(caseId, LocalDate.of(2026, 2, 1), 500_00, 200_00, 300_00);
        fixture.notice(caseId, MAR, 500_00, 0, 800_00);

        assertThat(ledger.latestNotice(caseId, MAR_20)).hasValueSatisfying(n -> {
            assertThat(n.period()).isEqualTo(LocalDate.of(2026, 2, 1));
            assertThat(n.amountPaid()).isEqualTo(Money.ofDollars(200));
            assertThat(n.arrears()).isEqualTo(Money.ofDollars(300));
        });
    }

    @Test
    void findsTheCaseItsParentsTheirOfficeAndThePaymentAddress() {
        CaseNumber number = CaseNumber.withCheckDigit(100_000_001L);

        SupportCase found = ledger.findCase(number).orElseThrow();
        assertThat(found.id()).isEqualTo(caseId);
        assertThat(ledger.findCase(CaseNumber.withCheckDigit(999_999_999L))).isEmpty();
        assertThat(ledger.participants(caseId)).extracting(Participant::role).containsExactly(Role.CUSTODIAL, Role.NONCUSTODIAL);

        Office office = ledger.officeOf(found);
        assertThat(office.name()).isEqualTo("Manhattan Office");
        assertThat(office.hours()).hasSize(5);
        assertThat(office.isOpenAt(LocalDateTime.of(2026, 3, 20, 9, 0))).as("Friday morning").isTrue();
        assertThat(office.isOpenAt(LocalDateTime.of(2026, 3, 20, 17, 0))).as("Friday at closing time").isFalse();
        assertThat(office.isOpenAt(LocalDateTime.of(2026, 3, 21, 10, 0))).as("Saturday").isFalse();
        assertThat(office.hours().get(0).day()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(ledger.mainOffice()).isEqualTo(office);
        assertThat(ledger.paymentAddress().address().zip()).isEqualTo("12212");
    }
}
