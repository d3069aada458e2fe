package gov.ocss.ivr.pin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The one place that reads and writes {@code ledger.pin_credential}: the PIN check, the printing of
 * PIN letters, cancelling a letter and the staff console's case page all come through here.
 *
 * <p>Every method runs on the caller's handle, inside the caller's transaction: the row locks some of
 * them take are part of the caller's protocol (the PIN check locks a PENDING row before promoting it,
 * the printing worker locks a person's live rows until its batch commits), so they must last until
 * the caller commits, not until this class returns.
 *
 * <p>The statuses are written into the SQL as {@link PinStatus} names, not bound as parameters, so
 * that the planner can always use the partial indexes on status (one ACTIVE, one PENDING, the live ones
 * by person).
 */
public final class PinCredentials {
    private PinCredentials() {
    }

    /** When a credential was issued and first used: what staff see of a PIN, never its hash. */
    public record Issued(PinStatus status, Instant issuedAt, Instant firstUsedAt) {
    }

    /**
     * The person's ACTIVE and PENDING credentials, locked until the caller's transaction ends, so that a
     * first use of the PENDING one at the same moment waits for what the caller does with them.
     */
    public static List<PinCredential> lockLiveOf(Handle h, long personId) {
        return h.createQuery("""
                        select id, person_id, status, pin_hash, key_version from ledger.pin_credential
                         where person_id = :personId and status in ('ACTIVE', 'PENDING')
                           for update""")
                .bind("personId", personId)
                .map((rs, ctx) -> credential(rs))
                .list();
    }

    /** The credential's status now, its row locked until the caller's transaction ends. */
    public static PinStatus lockedStatus(Handle h, long credentialId) {
        return h.createQuery("select status from ledger.pin_credential where id = :id for update")
                .bind("id", credentialId)
                .map((rs, ctx) -> PinStatus.valueOf(rs.getString("status")))
                .one();
    }

    /**
     * A PENDING credential used for the first time becomes the person's ACTIVE one; their old ACTIVE one
     * is revoked first (the table allows one ACTIVE credential per person).
     */
    public static void promote(Handle h, PinCredential pending, Instant now) {
        h.createUpdate("""
                        update ledger.pin_credential set status = 'REVOKED', revoked_at = :now
                         where person_id = :personId and status = 'ACTIVE'""")
                .bind("now", now)
                .bind("personId", pending.personId())
                .execute();
        h.createUpdate("update ledger.pin_credential set status = 'ACTIVE', first_used_at = :now where id = :id")
                .bind("now", now)
                .bind("id", pending.id())
                .execute();
    }

    /**
     * Keeps a new PIN's hash as the person's PENDING credential, revoking the PENDING one of an earlier
     * letter never used (the newest letter is the one that counts); returns the new credential's id.
     */
    public static long issuePending(Handle h, long personId, byte[] hash, int keyVersion, Instant now) {
        h.createUpdate("""
                        update ledger.pin_credential set status = 'REVOKED', revoked_at = :now
                         where person_id = :personId and status = 'PENDING'""")
                .bind("now", now)
                .bind("personId", personId)
                .execute();
        return h.createQuery("""
                        insert into ledger.pin_credential (person_id, pin_hash, key_version, status, issued_at)
                        values (:personId, :hash, :keyVersion, 'PENDING', :now)
                        returning id""")
                .bind("personId", personId)
                .bind("hash", hash)
                .bind("keyVersion", keyVersion)
                .bind("now", now)
                .mapTo(Long.class)
                .one();
    }

    /** Revokes the credential if it is still PENDING (a cancelled letter's PIN); an ACTIVE one stays. */
    public static void revokeIfPending(Handle h, long credentialId, Instant now) {
        h.createUpdate("update ledger.pin_credential set status = 'REVOKED', revoked_at = :now where id = :id and status = 'PENDING'")
                .bind("now", now)
                .bind("id", credentialId)
                .execute();
    }

    /** The person's newest ACTIVE or PENDING credential, if they have one. */
    public static Optional<Issued> newestLiveOf(Handle h, long personId) {
        return h.createQuery("""
                        select status, issued_at, first_used_at from ledger.pin_credential
                         where person_id = :personId and status in ('ACTIVE', 'PENDING')
                         order by issued_at desc, id desc limit 1""")
                .bind("personId", personId)
                .map((rs, ctx) -> {
                    OffsetDateTime used = rs.getObject("first_used_at", OffsetDateTime.class);
                    return new Issued(PinStatus.valueOf(rs.getString("status")),
                            rs.getObject("issued_at", OffsetDateTime.class).toInstant(),
                            used == null ? null : used.toInstant());
                })
                .findOne();
    }

    private static PinCredential credential(ResultSet rs) throws SQLException {
        return new PinCredential(rs.getLong("id"), rs.getLong("person_id"), PinStatus.valueOf(rs.getString("status")),
                rs.getBytes("pin_hash"), rs.getInt("key_version"));
    }
}
