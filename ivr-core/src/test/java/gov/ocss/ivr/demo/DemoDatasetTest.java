package gov.ocss.ivr.demo;

import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.ledger.CaseNumber;
import gov.ocss.ivr.ledger.Disbursement;
import gov.ocss.ivr.ledger.MonthlyNotice;
import gov.ocss.ivr.ledger.Payment;
import gov.ocss.ivr.ledger.SupportOrder;
import gov.ocss.ivr.prompts.Language;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemoDatasetTest {
    private static final YearMonth ANCHOR = YearMonth.of(2026, 11);

    @Test
    void theSameSeedMakesTheSameCases() {
        List<DemoCase> first = DemoDataset.of(7, 300, ANCHOR).firstCases(300);
        List<DemoCase> second = DemoDataset.of(7, 300, ANCHOR).firstCases(300);

        assertThat(second).isEqualTo(first);
        assertThat(DemoDataset.of(8, 300, ANCHOR).firstCases(300)).isNotEqualTo(first);
    }

    @Test
    void aCaseDoesNotDependOnTheSizeOfTheDatasetNorOnTheCasesBeforeIt() {
        DemoDataset small = DemoDataset.of(7, 25, ANCHOR);
        DemoDataset large = DemoDataset.of(7, 10_000, ANCHOR);

        assertThat(large.firstCases(25)).isEqualTo(small.firstCases(25));
        assertThat(large.caseAt(24)).isEqualTo(small.caseAt(24));
        assertThat(large.caseAt(9_876)).isEqualTo(large.cases().skip(9_876).findFirst().orElseThrow());
    }

    @Test
    void anotherAnchorMonthMovesEveryDateByWholeMonthsAndChangesNoAmount() {
        List<DemoCase> november = DemoDataset.of(7, 300, ANCHOR).firstCases(300);
        List<DemoCase> nextMarch = DemoDataset.of(7, 300, YearMonth.of(2027, 3)).firstCases(300);

        for (int i = 0; i < november.size(); i++) {
            assertThat(shape(nextMarch.get(i), YearMonth.of(2027, 3)))
                    .as("case %d", i).isEqualTo(shape(november.get(i), ANCHOR));
        }
    }

    @Test
    void caseNumbersAreUniqueTenDigitNumbersWithACheckDigit() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            CaseNumber number = CaseNumbers.forCase(DemoDataset.DEFAULT_SEED, i);
            assertThat(CaseNumber.parse(number.digits())).hasValue(number);
            assertThat(seen.add(number.digits())).as("case %d's number is new", i).isTrue();
        }
        // Scrambled: consecutive cases do not get consecutive numbers.
        assertThat(Math.abs(Long.parseLong(CaseNumbers.forCase(1, 0).digits())
                - Long.parseLong(CaseNumbers.forCase(1, 1).digits()))).isGreaterThan(1_000);
    }

    @Test
    void namesFitTheLanguageTheParentAskedFor() {
        List<DemoPerson> people = DemoDataset.of(7, 2_000, ANCHOR).cases()
                .flatMap(c -> c.newPeople().stream()).toList();
        Set<String> bengaliNames = Set.of("Rahman", "Hossain", "Islam", "Ahmed", "Uddin", "Chowdhury", "Miah", "Alam",
                "Sarkar", "Talukder", "Bhuiyan", "Haque", "Karim", "Siddique", "Das", "Roy", "Paul", "Barua", "Saha",
                "Begum", "Khatun", "Akter");

        assertThat(people).extracting(DemoPerson::language).contains(Language.values());
        assertThat(people).filteredOn(p -> p.language() == Language.BENGALI)
                .allSatisfy(p -> assertThat(bengaliNames).contains(p.lastName()));
        assertThat(people).filteredOn(p -> p.language() == Language.ALBANIAN)
                .noneSatisfy(p -> assertThat(bengaliNames).contains(p.lastName()));
    }

    @Test
    void addressesHaveTheZipCodesOfTheirBorough() {
        List<DemoCase> cases = DemoDataset.of(7, 2_000, ANCHOR).firstCases(2_000);

        for (DemoCase c : cases) {
            String zip = c.custodial().address().zip();
            String expected = switch (c.officeCode()) {
                case "MN" -> "100";
                case "BX" -> "104";
                case "BK" -> "112";
                case "SI" -> "103";
                default -> "11";
            };
            assertThat(zip).as("%s in %s", c, c.officeCode()).startsWith(expected);
            if (c.officeCode().equals("QN")) {
                assertThat(zip.substring(0, 3)).isIn("111", "113", "114", "116");
            }
        }
        assertThat(cases).extracting(DemoCase::officeCode).contains("MN", "BX", "BK", "QN", "SI");
    }

    @Test
    void parentsAreAdultsOfParentingAge() {
        DemoDataset.of(7, 1_000, ANCHOR).cases().flatMap(c -> c.newPeople().stream()).forEach(p -> {
            long age = ChronoUnit.YEARS.between(p.dateOfBirth(), ANCHOR.atDay(1));
            assertThat(age).as("age of %s", p).isBetween(19L, 61L);
            assertThat(p.ssnLast4()).matches("[0-9]{4}").isNotEqualTo("0000");
        });
    }

    @Test
    void noPinShowsInWhatALogOrATestFailurePrints() {
        DemoDataset dataset = DemoDataset.of(7, 50, ANCHOR);
        for (DemoCase c : dataset.firstCases(50)) {
            for (DemoPerson p : c.newPeople()) {
                assertThat(p.toString()).doesNotContain(p.pin().digits()).doesNotContain(p.ssnLast4())
                        .doesNotContain(p.dateOfBirth().toString());
                assertThat(c.toString()).doesNotContain(p.pin().digits());
                assertThat(p.pin().toString()).isEqualTo("*****");
            }
        }
        assertThat(dataset.showcase().get(0).toString()).doesNotContain(dataset.showcase().get(0).caller().pin().digits());
    }

    @Test
    void demoPinsAreFiveDigitsAndNotAStraightRun() {
        DemoDataset.of(7, 1_000, ANCHOR).cases().flatMap(c -> c.newPeople().stream()).forEach(p ->
                assertThat(p.pin().digits()).matches("[0-9]{5}").isNotIn("12345", "54321", "00000", "11111", "23456"));
    }

    /** A case with every date written as (months after the anchor month, day): what must not move. */
    private static List<Object> shape(DemoCase c, YearMonth anchor) {
        List<Object> shape = new ArrayList<>();
        shape.add(c.caseNumber());
        shape.add(c.officeCode());
        shape.add(at(c.openedOn(), anchor));
        for (DemoPerson p : List.of(c.custodial(), c.noncustodial())) {
            shape.add(List.of(p.id(), p.fullName(), at(p.dateOfBirth(), anchor), p.ssnLast4(), p.language(),
                    p.address(), p.pin(), at(p.pinIssuedOn(), anchor), p.receivesBy()));
        }
        for (SupportOrder o : c.orders()) {
            // An order ends on the last day of a month; the day after is the first of a month.
            shape.add(List.of(o.id(), o.kind(), o.monthlyAmount(), o.dueDay(), at(o.effectiveFrom(), anchor),
                    o.effectiveTo().map(to -> at(to.plusDays(1), anchor)).orElse("open")));
        }
        for (DemoCharge ch : c.charges()) {
            shape.add(List.of(ch.orderId(), at(ch.period(), anchor), at(ch.postedOn(), anchor), at(ch.dueOn(), anchor),
                    ch.amountCents()));
        }
        for (Payment p : c.payments()) {
            shape.add(List.of(at(p.receivedOn(), anchor), p.amount(), p.method()));
        }
        for (Disbursement d : c.disbursements()) {
            shape.add(List.of(at(d.issuedOn(), anchor), d.amount(), d.method(),
                    d.checkMailedOn().map(day -> at(day, anchor)).orElse("-")));
        }
        for (DemoAdjustment a : c.adjustments()) {
            shape.add(List.of(at(a.postedOn(), anchor), a.amountCents(), a.reason()));
        }
        for (MonthlyNotice n : c.notices()) {
            shape.add(List.of(at(n.period(), anchor), at(n.issuedOn(), anchor), n.amountDue(), n.amountPaid(),
                    n.arrears()));
        }
        return shape;
    }

    private static String at(LocalDate date, YearMonth anchor) {
        return anchor.until(YearMonth.from(date), ChronoUnit.MONTHS) + "/" + date.getDayOfMonth();
    }
}
