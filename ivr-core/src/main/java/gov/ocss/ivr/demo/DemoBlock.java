package gov.ocss.ivr.demo;

import gov.ocss.ivr.demo.DemoPeople.Parent;
import gov.ocss.ivr.ledger.CaseNumber;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Ten consecutive cases whose parents are drawn from one random stream. Blocks are independent of
 * each other, so any case can be made again without the cases before its block, and the n-th case
 * is the same whatever the size of the dataset. Parents are shared only inside a block: a father
 * paying for children with two mothers, a mother with two cases, a parent custodial on one case
 * and noncustodial on another. Each case's money has its own stream, so the people can be made
 * without it (the loader does, for the tables of people and cases).
 */
final class DemoBlock {
    static final int SIZE = 10;
    private static final Showcase[] SHOWCASES = Showcase.values();
    private static final long PEOPLE_STREAM = 1;
    private static final long MONEY_STREAM = 2;

    private final long seed;
    private final AnchoredCalendar calendar;
    private final boolean withMoney;
    private final DemoRandom random;
    private final DemoPeople people;
    private final List<Parent> custodials = new ArrayList<>();
    private final List<Parent> noncustodials = new ArrayList<>();
    private Parent onTwoCases;

    private DemoBlock(long seed, int blockIndex, AnchoredCalendar calendar, boolean withMoney) {
        this.seed = seed;
        this.calendar = calendar;
        this.withMoney = withMoney;
        this.random = DemoRandom.streamFor(seed, PEOPLE_STREAM, blockIndex);
        this.people = new DemoPeople(random, calendar);
    }

    /**
     * The first {@code count} cases of the block (at most {@link #SIZE}); without money, only their
     * people, numbers and offices (no orders, charges, payments or notices).
     */
    static List<DemoCase> cases(long seed, int blockIndex, int count, AnchoredCalendar calendar, boolean withMoney) {
        DemoBlock block = new DemoBlock(seed, blockIndex, calendar, withMoney);
        List<DemoCase> cases = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            cases.add(block.nextCase(blockIndex * SIZE + i));
        }
        return cases;
    }

    private DemoCase nextCase(int index) {
        long caseId = index + 1L;
        Showcase showcase = index < SHOWCASES.length ? SHOWCASES[index] : null;
        CasePlan plan = showcase != null ? CasePlan.scripted(showcase) : CasePlan.drawn(random);
        // Most cases are years old; a fifth were opened during the two years of history.
        boolean old = plan.plain() || random.chance(0.8);
        int openedMonth = old ? random.between(-120, -25) : random.between(-23, -3);
        int openedDay = random.between(1, AnchoredCalendar.LAST_SAFE_DAY);

        Parent custodial = null;
        Parent noncustodial = null;
        if (showcase == Showcase.ON_TWO_CASES_AS_NONCUSTODIAL) {
            noncustodial = onTwoCases;
        } else if (showcase == null) {
            double roll = random.nextDouble();
            if (roll < 0.04 && !noncustodials.isEmpty()) {
                noncustodial = random.pick(noncustodials);
            } else if (roll < 0.07 && !custodials.isEmpty()) {
                custodial = random.pick(custodials);
            } else if (roll < 0.085 && !noncustodials.isEmpty()) {
                custodial = random.pick(noncustodials);
            } else if (roll < 0.10 && !custodials.isEmpty()) {
                noncustodial = random.pick(custodials);
            }
        }
        Community community = custodial != null ? custodial.community()
                : noncustodial != null ? noncustodial.community() : plan.community();
        List<DemoPerson> newPeople = new ArrayList<>(2);
        if (custodial == null) {
            custodial = people.create(caseId * 2 - 1, community, community.borough(random), true,
                    plan.custodialLanguage(), plan.custodialReceivesBy(), openedMonth);
            newPeople.add(custodial.person());
            remember(showcase, custodials, custodial);
        }
        if (noncustodial == null) {
            // Most noncustodial parents live in the same borough as the children.
            Borough borough = random.chance(0.7) ? custodial.borough() : community.borough(random);
            noncustodial = people.create(caseId * 2, community, borough, false,
                    plan.noncustodialLanguage(), null, openedMonth);
            newPeople.add(noncustodial.person());
            remember(showcase, noncustodials, noncustodial);
        }
        if (showcase == Showcase.ON_TWO_CASES_AS_CUSTODIAL) {
            onTwoCases = custodial;
        }

        CaseNumber number = CaseNumbers.forCase(seed, index);
        LocalDate openedOn = calendar.day(openedMonth, openedDay);
        if (!withMoney) {
            return new DemoCase(caseId, number, custodial.borough().officeCode(), openedOn, custodial.person(),
                    noncustodial.person(), List.copyOf(newPeople), List.of(), List.of(), List.of(), List.of(),
                    List.of(), List.of());
        }
        CaseHistory history = new CaseHistory(DemoRandom.streamFor(seed, MONEY_STREAM, index), calendar, caseId,
                plan, custodial.person().receivesBy())
                .write(openedMonth + 1);
        return new DemoCase(caseId, number, custodial.borough().officeCode(), openedOn, custodial.person(),
                noncustodial.person(), List.copyOf(newPeople), history.orders(), history.charges(),
                history.payments(), history.disbursements(), history.adjustments(), history.notices());
    }

    /** Showcase parents are kept out of other cases so nothing changes what they show. */
    private static void remember(Showcase showcase, List<Parent> pool, Parent parent) {
        if (showcase == null) {
            pool.add(parent);
        }
    }
}
