package gov.ocss.ivr.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.ocss.ivr.ledger.BusinessCalendar;
import gov.ocss.ivr.testing.TestDatabase;
import java.sql.ResultSetMetaData;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

class DemoDataTest {
    private static final YearMonth ANCHOR = YearMonth.of(2026, 11);
    /** Each ledger table with an order that does not depend on the anchor month. */
    private static final Map<String, String> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("ledger.local_office", "id");
        TABLES.put("ledger.office_hours", "office_id, iso_day");
        TABLES.put("ledger.payment_address", "id");
        TABLES.put("ledger.person", "id");
        TABLES.put("ledger.support_case", "id");
        TABLES.put("ledger.case_participant", "case_id, person_id");
        TABLES.put("ledger.support_order", "id");
        TABLES.put("ledger.pin_credential", "id");
        TABLES.put("ledger.charge", "id");
        TABLES.put("ledger.payment", "id");
        TABLES.put("ledger.disbursement", "id");
        TABLES.put("ledger.adjustment", "id");
        TABLES.put("ledger.monthly_notice", "case_id, period");
    }

    @Test
    void theSameSeedLoadsIdenticalRows() {
        Jdbi one = load(DemoDataset.of(42, 200, ANCHOR));
        Jdbi other = load(DemoDataset.of(42, 200, ANCHOR));

        assertThat(checksums(other)).isEqualTo(checksums(one));
        assertThat(checksums(load(DemoDataset.of(43, 200, ANCHOR)))).isNotEqualTo(checksums(one));
    }

    @Test
    void anotherAnchorMonthLoadsTheSameAmountsWithDatesMovedByWholeMonths() {
        YearMonth later = ANCHOR.plusMonths(15);
        Jdbi november = load(DemoDataset.of(42, 200, ANCHOR));
        Jdbi february = load(DemoDataset.of(42, 200, later));

        for (String table : TABLES.keySet()) {
            assertThat(rowsRelativeTo(february, table, later)).as(table).isEqualTo(rowsRelativeTo(november, table, ANCHOR));
        }
    }

    @Test
    void refusesALedgerThatAlreadyHasCases() {
        TestDatabase db = TestDatabase.fresh();
        DemoData demo = new DemoData(db.jdbi(), DemoPinKey.hasher());
        demo.load(DemoDataset.of(42, 20, ANCHOR));

        assertThatThrownBy(() -> demo.load(DemoDataset.of(43, 20, ANCHOR)))
                .isInstanceOf(LedgerNotEmptyException.class)
                .hasMessageContaining("empty ledger");
        assertThat(rows(db.jdbi(), "ledger.support_case")).isEqualTo(20);
        assertThat(demo.loaded()).hasValueSatisfying(loaded -> assertThat(loaded.seed()).isEqualTo(42));
    }

    @Test
    void refusesALedgerWithRealPeopleEvenWithoutCases() {
        TestDatabase db = TestDatabase.fresh();
        db.jdbi().useHandle(h -> h.execute("""
                insert into ledger.person (id, first_name, last_name, date_of_birth, street, city, state, zip)
                values (1, 'Ana', 'Cruz', date '1990-01-01', '1 Main St', 'Bronx', 'NY', '10451')"""));

        assertThatThrownBy(() -> new DemoData(db.jdbi(), DemoPinKey.hasher()).load(DemoDataset.of(42, 20, ANCHOR)))
                .isInstanceOf(LedgerNotEmptyException.class);
        assertThat(rows(db.jdbi(), "ledger.local_office")).as("nothing was loaded").isZero();
    }

    @Test
    void tellsWhichDatasetIsLoaded_andReloadsOnceTheMonthHasMovedOn() {
        TestDatabase db = TestDatabase.fresh();
        DemoData demo = new DemoData(db.jdbi(), DemoPinKey.hasher());
        assertThat(demo.loaded()).isEmpty();

        DemoDataset november = DemoDataset.of(42, 30, ANCHOR);
        assertThat(demo.ensureLoaded(november)).isPresent();
        assertThat(DemoData.loaded(db.jdbi())).hasValueSatisfying(loaded -> {
            assertThat(loaded.isOf(november)).isTrue();
            assertThat(loaded.anchorMonth()).isEqualTo(ANCHOR);
            assertThat(loaded.cases()).isEqualTo(30);
        });
        assertThat(demo.ensureLoaded(november)).as("already there").isEmpty();

        DemoDataset december = DemoDataset.of(42, 30, ANCHOR.plusMonths(1));
        assertThat(demo.ensureLoaded(december)).hasValueSatisfying(report ->
                assertThat(report.rows()).containsEntry("ledger.support_case", 30L));
        assertThat(demo.loaded()).hasValueSatisfying(loaded -> assertThat(loaded.anchorMonth()).isEqualTo(ANCHOR.plusMonths(1)));
    }

    @Test
    void wipingEmptiesTheLedgerAndThePhoneServiceTables() {
        TestDatabase db = TestDatabase.fresh();
        DemoData demo = new DemoData(db.jdbi(), DemoPinKey.hasher());
        demo.load(DemoDataset.of(42, 20, ANCHOR));
        db.jdbi().useHandle(h -> h.execute("""
                insert into ivr.remail_request (person_id, case_id, requested_at, channel, status, status_changed_at)
                values (1, 1, now(), 'helpline', 'QUEUED', now())"""));

        demo.wipe();

        assertThat(demo.loaded()).isEmpty();
        for (String table : List.of("ledger.support_case", "ledger.person", "ledger.charge", "ledger.local_office",
                "ivr.remail_request")) {
            assertThat(rows(db.jdbi(), table)).as(table).isZero();
        }
        assertThat(demo.load(DemoDataset.of(42, 20, ANCHOR)).rows()).containsEntry("ledger.support_case", 20L);
    }

    @Test
    void wipingRefusesALedgerThatHoldsRealData() {
        TestDatabase db = TestDatabase.fresh();
        db.jdbi().useHandle(h -> h.execute("""
                insert into ledger.person (id, first_name, last_name, date_of_birth, street, city, state, zip)
                values (1, 'Ana', 'Cruz', date '1990-01-01', '1 Main St', 'Bronx', 'NY', '10451')"""));

        assertThatThrownBy(() -> new DemoData(db.jdbi(), DemoPinKey.hasher()).wipe())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not loaded as demo data");
        assertThat(rows(db.jdbi(), "ledger.person")).isEqualTo(1);
    }

    @Test
    void theSchemaIsAsTheMigrationsLeftIt_afterTheLoadSetItsChecksAsideAndPutThemBack() {
        TestDatabase db = TestDatabase.fresh();
        String before = schema(db.jdbi());

        new DemoData(db.jdbi(), DemoPinKey.hasher()).load(DemoDataset.of(42, 20, ANCHOR));

        assertThat(schema(db.jdbi())).isEqualTo(before);
    }

    @Test
    void aLoadFailingHalfWayLeavesTheLedgerEmptyAndItsChecksInPlace() {
        TestDatabase db = TestDatabase.fresh();
        String before = schema(db.jdbi());
        db.jdbi().useHandle(h -> {
            h.execute("""
                    create function ledger.refuse_notices() returns trigger language plpgsql as $$
                    begin raise exception 'no notices today'; end $$""");
            h.execute("""
                    create trigger refuse_notices before insert on ledger.monthly_notice
                    for each row execute function ledger.refuse_notices()""");
        });

        assertThatThrownBy(() -> new DemoData(db.jdbi(), DemoPinKey.hasher()).load(DemoDataset.of(42, 20, ANCHOR)))
                .hasStackTraceContaining("no notices today");
        for (String table : TABLES.keySet()) {
            assertThat(rows(db.jdbi(), table)).as(table).isZero();
        }
        assertThat(schema(db.jdbi())).isEqualTo(before);
    }

    @Test
    void aLoadedCaseBalancesTheSameOnEveryDayOfTheAnchorMonth() {
        Jdbi jdbi = load(DemoDataset.of(42, 50, ANCHOR));
        var ledger = new gov.ocss.ivr.ledger.Ledger(jdbi);
        for (long caseId = 1; caseId <= 50; caseId++) {
            var first = ledger.balance(caseId, ANCHOR.atDay(1));
            var last = ledger.balance(caseId, ANCHOR.atEndOfMonth());
            assertThat(List.of(last.currentDue(), last.pastDue(), last.credit()))
                    .as("case %d", caseId).isEqualTo(List.of(first.currentDue(), first.pastDue(), first.credit()));
        }
    }

    private static Jdbi load(DemoDataset dataset) {
        TestDatabase db = TestDatabase.fresh();
        new DemoData(db.jdbi(), DemoPinKey.hasher()).load(dataset);
        return db.jdbi();
    }

    private static long rows(Jdbi jdbi, String table) {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from " + table).mapTo(Long.class).one());
    }

    private static Map<String, String> checksums(Jdbi jdbi) {
        Map<String, String> sums = new LinkedHashMap<>();
        jdbi.useHandle(h -> TABLES.keySet().forEach(table -> sums.put(table, h.createQuery(
                        "select count(*) || ':' || coalesce(md5(string_agg(t::text, E'\\n' order by t::text)), '') from "
                                + table + " t")
                .mapTo(String.class).one())));
        return sums;
    }

    /** Every row with each date as months from the anchor month and a day; the end of an order as the day after. */
    private static List<List<Object>> rowsRelativeTo(Jdbi jdbi, String table, YearMonth anchor) {
        return jdbi.withHandle(h -> h.createQuery("select * from " + table + " order by " + TABLES.get(table))
                .map((rs, ctx) -> {
                    ResultSetMetaData meta = rs.getMetaData();
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        Object value = rs.getObject(i);
                        if (value == null) {
                            row.add(null);
                        } else if (meta.getColumnType(i) == Types.DATE) {
                            LocalDate date = rs.getObject(i, LocalDate.class);
                            if (meta.getColumnName(i).equals("effective_to")) {
                                date = date.plusDays(1);
                            }
                            row.add(relative(date, anchor));
                        } else if (meta.getColumnType(i) == Types.TIMESTAMP) {
                            var newYork = ((Timestamp) value).toInstant().atZone(BusinessCalendar.ZONE);
                            row.add(relative(newYork.toLocalDate(), anchor) + " " + newYork.toLocalTime());
                        } else if (value instanceof byte[] bytes) {
                            row.add(java.util.HexFormat.of().formatHex(bytes));
                        } else {
                            row.add(value.toString());
                        }
                    }
                    return row;
                })
                .list());
    }

    private static String relative(LocalDate date, YearMonth anchor) {
        return anchor.until(YearMonth.from(date), ChronoUnit.MONTHS) + "/" + date.getDayOfMonth();
    }

    private static String schema(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select string_agg(x, E'\\n' order by x) from (
                          select conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) || ' ' || convalidated as x
                            from pg_constraint where connamespace in ('ledger'::regnamespace, 'ivr'::regnamespace)
                          union all
                          select indexrelid::regclass || ' ' || pg_get_indexdef(indexrelid) from pg_index
                           where indrelid in (select oid from pg_class
                                               where relnamespace in ('ledger'::regnamespace, 'ivr'::regnamespace))) s""")
                .mapTo(String.class).one());
    }
}
