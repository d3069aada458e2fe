package gov.ocss.ivr.demo;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The foreign keys and plain indexes of the tables a bulk load fills, dropped before the load and
 * put back after it, in the same transaction. Checking every reference row by row and growing
 * every index row by row is what makes COPY slow; one join per foreign key and one sort per index
 * at the end does the same work many times faster (PostgreSQL's "Populating a Database" advice).
 * The definitions are read back from the catalog, so the schema ends exactly as the migrations
 * made it, and every rule is checked on the loaded rows before the transaction can commit.
 */
final class SetAsideChecks {
    private static final Logger log = LoggerFactory.getLogger(SetAsideChecks.class);

    private record Definition(String table, String name, String sql) {
    }

    private final List<Definition> foreignKeys;
    private final List<Definition> keys;
    private final List<Definition> indexes;

    private SetAsideChecks(List<Definition> foreignKeys, List<Definition> keys, List<Definition> indexes) {
        this.foreignKeys = foreignKeys;
        this.keys = keys;
        this.indexes = indexes;
    }

    /**
     * Drops, on {@code tables} ({@code schema.table}): the foreign keys, the primary keys and unique
     * constraints that no other foreign key needs, and the other indexes.
     */
    static SetAsideChecks drop(Handle handle, List<String> tables) {
        List<Definition> foreignKeys = constraints(handle, tables, "c.contype = 'f'");
        for (Definition fk : foreignKeys) {
            handle.execute("alter table " + fk.table() + " drop constraint " + fk.name());
        }
        // People and cases keep their keys: the phone service's tables refer to them.
        List<Definition> keys = constraints(handle, tables, "c.contype in ('p', 'u') and not exists"
                + " (select 1 from pg_constraint f where f.contype = 'f' and f.confrelid = c.conrelid)");
        for (Definition key : keys) {
            handle.execute("alter table " + key.table() + " drop constraint " + key.name());
        }
        List<Definition> indexes = handle.createQuery("""
                        select i.indrelid::regclass::text as tbl, i.indexrelid::regclass::text as name,
                               pg_get_indexdef(i.indexrelid) as sql
                          from pg_index i
                         where i.indrelid = any (cast(:tables as regclass[]))
                           and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
                         order by i.indrelid, i.indexrelid""")
                .bindArray("tables", String.class, tables)
                .map((rs, ctx) -> new Definition(rs.getString("tbl"), rs.getString("name"), rs.getString("sql")))
                .list();
        for (Definition index : indexes) {
            handle.execute("drop index " + index.name());
        }
        return new SetAsideChecks(foreignKeys, keys, indexes);
    }

    private static List<Definition> constraints(Handle handle, List<String> tables, String condition) {
        return handle.createQuery("select c.conrelid::regclass::text as tbl, quote_ident(c.conname) as name,"
                        + " pg_get_constraintdef(c.oid) as sql from pg_constraint c"
                        + " where c.conrelid = any (cast(:tables as regclass[])) and " + condition
                        + " order by c.conrelid, c.conname")
                .bindArray("tables", String.class, tables)
                .map((rs, ctx) -> new Definition(rs.getString("tbl"), rs.getString("name"), rs.getString("sql")))
                .list();
    }

    /** Rebuilds keys and indexes, then adds the foreign keys back, checking every loaded row against all of them. */
    void restore(Handle handle) {
        for (Definition key : keys) {
            timed(handle, "alter table " + key.table() + " add constraint " + key.name() + " " + key.sql());
        }
        for (Definition index : indexes) {
            timed(handle, index.sql());
        }
        for (Definition fk : foreignKeys) {
            timed(handle, "alter table " + fk.table() + " add constraint " + fk.name() + " " + fk.sql());
        }
    }

    private static void timed(Handle handle, String sql) {
        long started = System.nanoTime();
        handle.execute(sql);
        log.debug("{} ms: {}", (System.nanoTime() - started) / 1_000_000, sql);
    }
}
