package gov.ocss.ivr.demo;

import static gov.ocss.ivr.demo.AnchoredCalendar.HISTORY_MONTHS;

import gov.ocss.ivr.ledger.Disbursement;
import gov.ocss.ivr.ledger.DisbursementMethod;
import gov.ocss.ivr.ledger.Money;
import gov.ocss.ivr.ledger.MonthlyNotice;
import gov.ocss.ivr.ledger.Payment;
import gov.ocss.ivr.ledger.PaymentMethod;
import gov.ocss.ivr.ledger.SupportOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The money side of one demo case: its orders, the charges they post, what the noncustodial parent
 * pays (by {@link PayerHabit}), what is passed on to the custodial parent, corrections and the
 * monthly notices. Months are offsets from the anchor month: the 24 before it are complete, the
 * anchor month itself only has its charges, as on its first day.
 */
final class CaseHistory {
    /** The first month of the ledger's history. */
    static final int FIRST = -HISTORY_MONTHS;
    private static final int NONE = Integer.MIN_VALUE;
    /** Payments arrive by the 24th so the disbursement and the mailing of a check stay in the month. */
    private static final int LAST_PAYMENT_DAY = 24;
    private static final List<PaymentMethod> SELF_PAY = List.of(
            PaymentMethod.ONLINE, PaymentMethod.CHECK, PaymentMethod.MONEY_ORDER);
    private static final int[] SELF_PAY_WEIGHTS = {45, 30, 25};

    private final DemoRandom random;
    private final AnchoredCalendar calendar;
    private final long caseId;
    private final CasePlan plan;
    private final DisbursementMethod receivesBy;

    private final long[] due = new long[HISTORY_MONTHS + 1];
    private final long[] adjusted = new long[HISTORY_MONTHS + 1];
    private final long[] paid = new long[HISTORY_MONTHS + 1];
    private final List<SupportOrder> orders = new ArrayList<>(3);
    private final List<DemoCharge> charges = new ArrayList<>(HISTORY_MONTHS + 2);
    private final List<DemoAdjustment> adjustments = new ArrayList<>(1);
    private final List<Payment> payments = new ArrayList<>(HISTORY_MONTHS * 2);
    private final List<Disbursement> disbursements = new ArrayList<>(HISTORY_MONTHS * 2);
    private final List<MonthlyNotice> notices = new ArrayList<>(HISTORY_MONTHS);
    private int firstMonth;
    private int dueDay;
    private long owed;

    CaseHistory(DemoRandom random, AnchoredCalendar calendar, long caseId, CasePlan plan,
                DisbursementMethod receivesBy) {
        this.random = random;
        this.calendar = calendar;
        this.caseId = caseId;
        this.plan = plan;
        this.receivesBy = receivesBy;
    }

    /** Draws the whole history of a case whose first order took effect in {@code orderMonth}. */
    CaseHistory write(int orderMonth) {
        firstMonth = Math.max(orderMonth, FIRST);
        placeOrders(orderMonth);
        correct(orderMonth < FIRST);
        collectPayments();
        mailNotices();
        payments.sort(Comparator.comparing(Payment::receivedOn));
        disbursements.sort(Comparator.comparing(Disbursement::issuedOn));
        return this;
    }

    private void placeOrders(int from) {
        dueDay = random.chance(0.7) ? 1 : random.chance(0.5) ? 15 : random.between(2, 28);
        int weekly = 5 * random.between(5, 50);
        boolean modified = !plan.plain() && from <= -6 && random.chance(0.15);
        boolean ended = !plan.plain() && !modified && from < FIRST && random.chance(0.04);
        boolean medical = !plan.plain() && random.chance(0.12);
        int endMonth = ended ? random.between(-12, -2) : NONE;
        if (modified) {
            int change = random.between(firstMonth + 3, -2);
            order("CHILD_SUPPORT", monthlyFromWeekly(weekly), from, change - 1);
            int newWeekly = Math.max(25, (weekly * random.between(60, 150) + 250) / 500 * 5);
            order("CHILD_SUPPORT", monthlyFromWeekly(newWeekly == weekly ? weekly + 10 : newWeekly), change, NONE);
        } else {
            order("CHILD_SUPPORT", monthlyFromWeekly(weekly), from, endMonth);
        }
        if (medical) {
            int medicalFrom = ended || random.chance(0.5) ? from : random.between(firstMonth, -1);
            order("MEDICAL_SUPPORT", 100L * random.between(25, 150), medicalFrom, endMonth);
        }
    }

    /** Orders are set weekly and charged monthly: 52 weeks over 12 months, to the cent. */
    private static long monthlyFromWeekly(int weeklyDollars) {
        return (weeklyDollars * 100L * 52 + 6) / 12;
    }

    private void order(String kind, long monthlyCents, int fromMonth, int toMonth) {
        long id = caseId * 10 + orders.size() + 1;
        LocalDate to = toMonth == NONE ? null : calendar.lastDay(toMonth);
        orders.add(new SupportOrder(id, kind, Money.ofCents(monthlyCents), dueDay, calendar.first(fromMonth),
                Optional.ofNullable(to)));
        int last = toMonth == NONE ? 0 : toMonth;
        for (int month = Math.max(fromMonth, FIRST); month <= last; month++) {
            LocalDate period = calendar.first(month);
            charges.add(new DemoCharge(id, period, period, calendar.day(month, dueDay), monthlyCents));
            due[month - FIRST] += monthlyCents;
        }
    }

    /** A few cases carry a caseworker's correction. */
    private void correct(boolean openedBeforeHistory) {
        if (plan.plain() || !random.chance(0.03)) {
            return;
        }
        int kind = random.nextInt(3);
        if (kind == 0 && openedBeforeHistory) {
            adjust(FIRST, 1, 100L * random.between(500, 8000), "Arrears carried forward from the prior system");
            return;
        }
        int month = random.between(firstMonth, -1);
        int day = random.between(1, AnchoredCalendar.LAST_SAFE_DAY);
        if (kind == 2 && due[month - FIRST] > 0) {
            adjust(month, day, -due[month - FIRST], "Charge reversed: order suspended for the month");
        } else {
            adjust(month, day, -100L * random.between(100, 1500), "Credit for a direct payment accepted by the court");
        }
    }

    private void adjust(int month, int day, long cents, String reason) {
        adjustments.add(new DemoAdjustment(calendar.day(month, day), cents, reason));
        adjusted[month - FIRST] += cents;
    }

    private void collectPayments() {
        PayerHabit habit = plan.habit();
        PaymentMethod usual = random.weighted(SELF_PAY, SELF_PAY_WEIGHTS);
        int taxMonth = habit.fallsBehind() && random.chance(0.7) ? random.between(FIRST + 1, FIRST + 3) : NONE;
        int jobLost = habit == PayerHabit.WITHHOLDING && !plan.plain() && firstMonth <= -6 && random.chance(0.25)
                ? random.between(firstMonth + 1, -4) : NONE;
        int jobFound = jobLost == NONE ? NONE : jobLost + random.between(1, 3);
        int lastPaid = plan.lastPaidMonth() != 0 ? plan.lastPaidMonth() : random.between(-9, -4);
        long carried = 0;
        for (int month = firstMonth; month < 0; month++) {
            long monthly = due[month - FIRST];
            owed += monthly + adjusted[month - FIRST];
            long arrears = owed - monthly;
            if ((month == taxMonth || month == taxMonth + 12) && arrears > 0) {
                long refund = 100L * random.between(300, 4000) + random.nextInt(100);
                pay(month, random.between(10, LAST_PAYMENT_DAY), Math.min(arrears, refund), PaymentMethod.TAX_OFFSET);
            }
            if (monthly == 0) {
                continue;
            }
            switch (habit) {
                case WITHHOLDING -> {
                    if (month >= jobLost && month < jobFound) {
                        if (random.chance(0.6)) {
                            pay(month, random.between(10, 20), monthly * 2 / 5, PaymentMethod.UNEMPLOYMENT_INTERCEPT);
                        }
                    } else {
                        // Withholding takes up to a fifth more while there are arrears.
                        long total = monthly + Math.max(0, Math.min(arrears, monthly / 5));
                        pay(month, random.between(3, 9), total / 2, PaymentMethod.INCOME_WITHHOLDING);
                        pay(month, random.between(17, 23), total - total / 2, PaymentMethod.INCOME_WITHHOLDING);
                    }
                }
                case ON_TIME -> pay(month, onTimeDay(), monthly, method(usual));
                case STOPPED -> {
                    if (month <= lastPaid) {
                        pay(month, onTimeDay(), monthly, method(usual));
                    }
                }
                case LATE -> {
                    int roll = random.nextInt(100);
                    if (roll < 75) {
                        pay(month, Math.min(LAST_PAYMENT_DAY, dueDay + random.between(5, 20)), monthly + carried,
                                method(usual));
                        carried = 0;
                    } else if (roll < 95) {
                        carried += monthly;
                    }
                }
                case PART -> {
                    if (random.chance(0.9)) {
                        long part = monthly * random.between(40, 90) / 100 / 500 * 500;
                        pay(month, random.between(1, LAST_PAYMENT_DAY), Math.max(500, part), method(usual));
                    }
                }
                case SPORADIC -> {
                    if (random.chance(0.4)) {
                        long some = (monthly * random.between(50, 200) / 100 + 500) / 1000 * 1000;
                        pay(month, random.between(1, LAST_PAYMENT_DAY), Math.max(1000, some), method(usual));
                    }
                }
                case OVERPAYS -> {
                    long more = (monthly * random.between(110, 125) / 100 + 499) / 500 * 500;
                    pay(month, onTimeDay(), more, method(usual));
                    if (random.chance(0.08)) {
                        pay(month, random.between(1, LAST_PAYMENT_DAY), 100L * random.between(100, 500), method(usual));
                    }
                }
                case NOTHING -> {
                }
            }
        }
    }

    private int onTimeDay() {
        return random.between(1, Math.min(LAST_PAYMENT_DAY, dueDay + 3));
    }

    /** Parents mostly pay the same way; now and then another. */
    private PaymentMethod method(PaymentMethod usual) {
        return random.chance(0.9) ? usual : random.pick(SELF_PAY);
    }

    /** Records a payment and passes it on to the custodial parent a day or two later. */
    private void pay(int month, int day, long cents, PaymentMethod method) {
        Money amount = Money.ofCents(cents);
        payments.add(new Payment(calendar.day(month, day), amount, method));
        paid[month - FIRST] += cents;
        owed -= cents;
        int issuedDay = day + random.between(1, 2);
        Optional<LocalDate> mailed = receivesBy == DisbursementMethod.CHECK
                ? Optional.of(calendar.day(month, issuedDay + random.between(1, 2)))
                : Optional.empty();
        disbursements.add(new Disbursement(calendar.day(month, issuedDay), amount, receivesBy, mailed));
    }

    /** One notice per month of history, mailed on the first of the next month. */
    private void mailNotices() {
        long balance = 0;
        for (int month = firstMonth; month < 0; month++) {
            int i = month - FIRST;
            balance += due[i] + adjusted[i] - paid[i];
            notices.add(new MonthlyNotice(calendar.first(month), calendar.first(month + 1), Money.ofCents(due[i]),
                    Money.ofCents(paid[i]), Money.ofCents(Math.max(0, balance))));
        }
    }

    List<SupportOrder> orders() {
        return orders;
    }

    List<DemoCharge> charges() {
        return charges;
    }

    List<DemoAdjustment> adjustments() {
        return adjustments;
    }

    List<Payment> payments() {
        return payments;
    }

    List<Disbursement> disbursements() {
        return disbursements;
    }

    List<MonthlyNotice> notices() {
        return notices;
    }
}
