package gov.ocss.ivr.demo;

import gov.ocss.ivr.demo.DemoOffices.DemoOffice;
import gov.ocss.ivr.ledger.OpeningHours;
import gov.ocss.ivr.ledger.PaymentAddress;
import gov.ocss.ivr.pin.PinHasher;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams a demo dataset into an empty ledger with COPY, one table after the other, in one
 * transaction: a failed load leaves the ledger empty and its schema as it was. Each table's rows
 * are made afresh from the seed rather than kept, so memory stays flat at any size; this thread
 * makes and sends rows while the PostgreSQL backend parses them. Foreign keys and indexes are set
 * aside for the load and rebuilt at its end ({@link SetAsideChecks}), which needs the database user
 * to own the ledger tables, as the demo server's user does.
 */
final class DemoLoader {
    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    private final Jdbi jdbi;
    private final PinHasher hasher;

    DemoLoader(Jdbi jdbi, PinHasher hasher) {
        this.jdbi = jdbi;
        this.hasher = hasher;
    }

    DemoLoadReport load(DemoDataset dataset) {
        long started = System.nanoTime();
        Map<String, Long> rows = new LinkedHashMap<>();
        try {
            jdbi.useTransaction(handle -> loadInto(handle, dataset, rows));
        } catch (SQLException e) {
            throw new IllegalStateException("could not load the demo data; the ledger was left as it was", e);
        }
        // Fresh statistics, or the first calls plan their queries for empty tables.
        jdbi.useHandle(handle -> rows.keySet().forEach(table -> handle.execute("analyze " + table)));
        DemoLoadReport report = new DemoLoadReport(dataset, Collections.unmodifiableMap(rows),
                Duration.ofNanos(System.nanoTime() - started));
        // Numbers with separators: the server's log masks a bare number of five digits or more.
        log.info("Loaded demo data: {} cases, seed {}, anchor month {}, {} rows in {} ms", dataset.caseCount(),
                grouped(dataset.seed()), dataset.anchorMonth(), grouped(report.totalRows()), grouped(report.took().toMillis()));
        return report;
    }

    private static String grouped(long number) {
        return String.format(Locale.ROOT, "%,d", number);
    }

    private void loadInto(Handle handle, DemoDataset dataset, Map<String, Long> rows) throws SQLException {
        // Two servers starting at once: the second waits here, then finds the cases and refuses.
        handle.execute("lock table ledger.support_case in exclusive mode");
        refuseUnlessEmpty(handle);
        Map<String, Integer> officeIds = offices(handle, rows);
        rows.put("ledger.payment_address", (long) paymentAddress(handle));
        CopyManager copy = handle.getConnection().unwrap(PGConnection.class).getCopyAPI();
        DemoTable.Context context = new DemoTable.Context(officeIds, hasher);
        SetAsideChecks checks = SetAsideChecks.drop(handle,
                Arrays.stream(DemoTable.values()).map(DemoTable::tableName).toList());
        // Empty already; truncating in this transaction is what lets COPY freeze rows and skip the WAL.
        handle.execute("truncate table " + Arrays.stream(DemoTable.values()).filter(DemoTable::ownedByTheLoad)
                .map(DemoTable::tableName).collect(Collectors.joining(", ")));
        for (DemoTable table : DemoTable.values()) {
            long tableStarted = System.nanoTime();
            rows.put(table.tableName(), copy(copy, table, dataset, context));
            log.debug("{}: {} rows in {} ms", table.tableName(), rows.get(table.tableName()),
                    (System.nanoTime() - tableStarted) / 1_000_000);
        }
        long checksStarted = System.nanoTime();
        // Enough memory to sort the biggest index in one go; for this transaction only.
        handle.execute("set local maintenance_work_mem = '512MB'");
        checks.restore(handle);
        log.debug("indexes and foreign keys rebuilt in {} ms", (System.nanoTime() - checksStarted) / 1_000_000);
        handle.createUpdate("""
                        insert into ivr.demo_dataset (seed, cases, anchor_month, loaded_at)
                        values (:seed, :cases, :anchor, now())""")
                .bind("seed", dataset.seed())
                .bind("cases", dataset.caseCount())
                .bind("anchor", dataset.anchorMonth().atDay(1))
                .execute();
    }

    private static int paymentAddress(Handle handle) {
        PaymentAddress address = DemoOffices.PAYMENT_ADDRESS;
        return handle.execute("""
                        insert into ledger.payment_address (payee, street, city, state, zip) values (?, ?, ?, ?, ?)
                        on conflict do nothing""",
                address.payee(), address.address().street(), address.address().city(), address.address().state(),
                address.address().zip());
    }

    private static void refuseUnlessEmpty(Handle handle) {
        boolean hasData = handle.createQuery("""
                        select exists (select 1 from ledger.support_case) or exists (select 1 from ledger.person)""")
                .mapTo(Boolean.class).one();
        if (hasData) {
            throw new LedgerNotEmptyException("the ledger already has cases or people: demo data is only loaded "
                    + "into an empty ledger (wipe it first if it holds an old demo dataset)");
        }
    }

    /** The demo offices, unless the ledger has its own: then the cases go to those with the same codes. */
    private static Map<String, Integer> offices(Handle handle, Map<String, Long> rows) {
        Map<String, Integer> ids = new HashMap<>();
        handle.createQuery("select code, id from ledger.local_office")
                .map((rs, ctx) -> Map.entry(rs.getString("code"), rs.getInt("id")))
                .forEach(e -> ids.put(e.getKey(), e.getValue()));
        if (!ids.isEmpty()) {
            for (DemoOffice office : DemoOffices.ALL) {
                if (!ids.containsKey(office.code())) {
                    throw new IllegalStateException("the ledger has local offices but none with code " + office.code());
                }
            }
            rows.put("ledger.local_office", 0L);
            rows.put("ledger.office_hours", 0L);
            return ids;
        }
        long hours = 0;
        for (DemoOffice office : DemoOffices.ALL) {
            handle.execute("""
                            insert into ledger.local_office
                                   (id, code, name, street, city, state, zip, phone, email, is_main)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    office.id(), office.code(), office.name(), office.address().street(), office.address().city(),
                    office.address().state(), office.address().zip(), office.phone(), office.email(), office.isMain());
            for (OpeningHours open : office.hours()) {
                handle.execute("""
                                insert into ledger.office_hours (office_id, iso_day, opens_at, closes_at)
                                values (?, ?, ?, ?)""",
                        office.id(), open.day().getValue(), open.opens(), open.closes());
                hours++;
            }
            ids.put(office.code(), office.id());
        }
        rows.put("ledger.local_office", (long) DemoOffices.ALL.size());
        rows.put("ledger.office_hours", hours);
        return ids;
    }

    private static long copy(CopyManager copy, DemoTable table, DemoDataset dataset, DemoTable.Context context)
            throws SQLException {
        CopyIn in = copy.copyIn(table.copyStatement());
        try {
            CopyRows rows = new CopyRows();
            for (Iterator<DemoCase> cases = dataset.cases(table.fromMoney()).iterator(); cases.hasNext(); ) {
                table.write(cases.next(), rows, context);
                if (rows.isFull()) {
                    rows.sendTo(in);
                }
            }
            rows.sendTo(in);
            return in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }
}
