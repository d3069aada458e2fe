package gov.ocss.ivr.demo;

import java.util.List;

/** How a noncustodial parent pays, which decides what the case looks like after two years. */
enum PayerHabit {
    /** An employer withholds support from each paycheck, twice a month, plus a little towards arrears. */
    WITHHOLDING(30),
    /** Pays the monthly amount around the due date by check, money order or online. */
    ON_TIME(18),
    /** Pays in full, but after the due date, sometimes a month late with two months at once. */
    LATE(14),
    /** Pays part of the amount most months: arrears grow. */
    PART(14),
    /** Pays now and then, sometimes more than a month's worth. */
    SPORADIC(10),
    /** Pays more than ordered: the case builds a credit. */
    OVERPAYS(6),
    /** Paid on time, then stopped some months ago. */
    STOPPED(4),
    /** Never pays; only tax refund offsets reach the case. */
    NOTHING(4);

    private static final List<PayerHabit> ALL = List.of(values());
    private static final int[] WEIGHTS = ALL.stream().mapToInt(habit -> habit.weight).toArray();

    private final int weight;

    PayerHabit(int weight) {
        this.weight = weight;
    }

    static PayerHabit draw(DemoRandom random) {
        return random.weighted(ALL, WEIGHTS);
    }

    /** Whether the state intercepts this parent's tax refund: only those who fall behind. */
    boolean fallsBehind() {
        return this == LATE || this == PART || this == SPORADIC || this == NOTHING;
    }
}
