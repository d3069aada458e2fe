package gov.ocss.ivr.demo;

import gov.ocss.ivr.pin.PinHasher;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Demo data in the ledger: whether it is there and for which month, loading it, and wiping it for
 * a reload once the month has moved on (demo balances are anchored on the month of loading).
 */
public final class DemoData {
    private final Jdbi jdbi;
    private final DemoLoader loader;

    /** @param hasher hashes the demo PINs; the one the server verifies PINs with */
    public DemoData(Jdbi jdbi, PinHasher hasher) {
        this.jdbi = jdbi;
        this.loader = new DemoLoader(jdbi, hasher);
    }

    /**
     * Loads {@code dataset} into an empty ledger, with the five demo offices and the payment address
     * unless the ledger has its own.
     *
     * @throws LedgerNotEmptyException if the ledger already has cases or people
     */
    public DemoLoadReport load(DemoDataset dataset) {
        return loader.load(dataset);
    }

    /** The demo dataset the ledger holds, if it holds one. */
    public Optional<LoadedDemoData> loaded() {
        return loaded(jdbi);
    }

    public static Optional<LoadedDemoData> loaded(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery("select seed, cases, anchor_month, loaded_at from ivr.demo_dataset")
                .map((rs, ctx) -> new LoadedDemoData(rs.getLong("seed"), rs.getInt("cases"),
                        YearMonth.from(rs.getObject("anchor_month", LocalDate.class)),
                        rs.getObject("loaded_at", OffsetDateTime.class).toInstant()))
                .findOne());
    }

    /**
     * Makes the ledger hold {@code wanted}: nothing to do if it already does, a wipe and a reload if
     * it holds another demo dataset (an older anchor month, say), a load if it is empty.
     *
     * @return the report of the load, if one was needed
     * @throws LedgerNotEmptyException if the ledger holds data that is not a demo dataset
     */
    public Optional<DemoLoadReport> ensureLoaded(DemoDataset wanted) {
        Optional<LoadedDemoData> current = loaded();
        if (current.isPresent() && current.get().isOf(wanted)) {
            return Optional.empty();
        }
        if (current.isPresent()) {
            wipe();
        }
        return Optional.of(load(wanted));
    }

    /**
     * Empties every table of the ledger and of the phone service (calls, PIN attempts and remail
     * requests refer to the cases) and restarts their id sequences.
     *
     * @throws IllegalStateException if the ledger holds cases or people but no demo dataset was
     *                               recorded: that is somebody's real data
     */
    public void wipe() {
        jdbi.useTransaction(h -> {
            boolean demoOrEmpty = h.createQuery("""
                            select exists (select 1 from ivr.demo_dataset)
                                or not (exists (select 1 from ledger.support_case) or exists (select 1 from ledger.person))""")
                    .mapTo(Boolean.class).one();
            if (!demoOrEmpty) {
                throw new IllegalStateException("the ledger holds data that was not loaded as demo data: not wiping it");
            }
            List<String> tables = h.createQuery("""
                            select format('%I.%I', schemaname, tablename) from pg_tables
                             where schemaname in ('ledger', 'ivr') order by 1""")
                    .mapTo(String.class).list();
            h.execute("truncate table " + String.join(", ", tables) + " restart identity cascade");
        });
    }
}
