package gov.ocss.ivr.demo;

import gov.ocss.ivr.ledger.BusinessCalendar;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A synthetic caseload for demos, tests and load tests: made up parents in the five boroughs with
 * two years of orders, charges, payments, disbursements and notices. It depends only on the seed,
 * the number of cases and the anchor month, and the n-th case does not depend on the number of
 * cases either. Nothing is held in memory: cases are made again each time they are asked for.
 *
 * <p>The anchor month is the month of loading. The 24 months before it are complete; in the anchor
 * month itself only the charges are posted (no payment, no notice yet), so each case's balance is
 * the same on any day of that month. Moving the anchor moves every date by whole months and
 * changes no amount.
 */
public final class DemoDataset {
    /** The seed the demo server and the README use: the digits of the help line, 888-208-4485. */
    public static final long DEFAULT_SEED = 2_084_485L;
    public static final int DEFAULT_CASES = 100_000;

    private final long seed;
    private final int caseCount;
    private final AnchoredCalendar calendar;

    private DemoDataset(long seed, int caseCount, YearMonth anchorMonth) {
        if (caseCount < 0) {
            throw new IllegalArgumentException("the number of cases cannot be negative");
        }
        this.seed = seed;
        this.caseCount = caseCount;
        this.calendar = new AnchoredCalendar(anchorMonth);
    }

    public static DemoDataset of(long seed, int cases, YearMonth anchorMonth) {
        return new DemoDataset(seed, cases, anchorMonth);
    }

    /** A dataset anchored on the current New York month. */
    public static DemoDataset forCurrentMonth(long seed, int cases, BusinessCalendar calendar) {
        return of(seed, cases, YearMonth.from(calendar.today()));
    }

    public long seed() {
        return seed;
    }

    public int caseCount() {
        return caseCount;
    }

    public YearMonth anchorMonth() {
        return calendar.anchor();
    }

    /** The first day of the ledger's history: 24 months before the anchor month. */
    public LocalDate historyStart() {
        return calendar.first(-AnchoredCalendar.HISTORY_MONTHS);
    }

    /** All cases in order, made as the stream is read. */
    public Stream<DemoCase> cases() {
        return cases(true);
    }

    /** With {@code withMoney} false, the cases' people, numbers and offices only: quicker to make. */
    Stream<DemoCase> cases(boolean withMoney) {
        return IntStream.range(0, blockCount()).mapToObj(b -> block(b, withMoney)).flatMap(List::stream);
    }

    public void forEachCase(Consumer<DemoCase> action) {
        for (int block = 0; block < blockCount(); block++) {
            block(block, true).forEach(action);
        }
    }

    /** The case at {@code index} (0 = the first), made without the cases of other blocks. */
    public DemoCase caseAt(int index) {
        if (index < 0 || index >= caseCount) {
            throw new IndexOutOfBoundsException("no case " + index + " in a dataset of " + caseCount);
        }
        return block(index / DemoBlock.SIZE, true).get(index % DemoBlock.SIZE);
    }

    public List<DemoCase> firstCases(int count) {
        return cases().limit(count).toList();
    }

    /** The showcase cases, in the order of {@link Showcase}; the dataset must have at least that many cases. */
    public List<ShowcaseCase> showcase() {
        List<ShowcaseCase> showcase = new ArrayList<>();
        for (Showcase situation : Showcase.values()) {
            showcase.add(new ShowcaseCase(situation, caseAt(situation.caseIndex())));
        }
        return showcase;
    }

    private int blockCount() {
        return (caseCount + DemoBlock.SIZE - 1) / DemoBlock.SIZE;
    }

    private List<DemoCase> block(int blockIndex, boolean withMoney) {
        int count = Math.min(DemoBlock.SIZE, caseCount - blockIndex * DemoBlock.SIZE);
        return DemoBlock.cases(seed, blockIndex, count, calendar, withMoney);
    }

    @Override
    public String toString() {
        return "DemoDataset[seed=" + seed + ", cases=" + caseCount + ", anchor=" + calendar.anchor() + "]";
    }
}
