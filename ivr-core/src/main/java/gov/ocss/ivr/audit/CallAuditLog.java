package gov.ocss.ivr.audit;

import gov.ocss.ivr.caller.Line;
import gov.ocss.ivr.ledger.Role;
import gov.ocss.ivr.prompts.Language;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes each call's {@link CallAudit} to {@code ivr.call_audit}, one record per call. Writing runs in
 * the call's clean-up, so it never throws: if the database is down the call still ends properly, and
 * one WARN line (the call id and the error, no personal data) says the record is missing. The call's
 * {@link CallOutcome} goes to {@link CallOutcomes} first, so it is counted even then.
 *
 * <p>Stateless and thread-safe: one instance serves every call.
 */
public class CallAuditLog {
    private static final Logger log = LoggerFactory.getLogger(CallAuditLog.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final CallOutcomes outcomes;

    public CallAuditLog(Jdbi jdbi, Clock clock, CallOutcomes outcomes) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.outcomes = outcomes;
    }

    /** The audit of a call starting now. */
    public CallAudit begin(String callId, Line line) {
        return new CallAudit(callId, line, clock.instant());
    }

    /**
     * Records the call as ended now. Writing the same audit again does nothing.
     *
     * @return whether the record is in the database
     */
    public boolean write(CallAudit audit) {
        count(audit);
        if (audit.isWritten()) {
            return true;
        }
        try {
            insert(List.of(new Ended(audit, clock.instant())));
            return true;
        } catch (RuntimeException e) {
            log.warn("Call audit for call {} not written: {}", audit.callId(), reason(e));
            return false;
        }
    }

    /** A call's audit and the moment the call ended. */
    record Ended(CallAudit audit, Instant endedAt) {
    }

    /** Once per call, even when a write that failed is tried again. */
    void count(CallAudit audit) {
        if (audit.isCounted()) {
            return;
        }
        audit.markCounted();
        try {
            outcomes.count(audit.line(), audit.outcome());
        } catch (RuntimeException e) {
            log.warn("The outcome of call {} was not counted: {}", audit.callId(), e.toString());
        }
    }

    /** Writes the records in one statement's round trip (a JDBC batch), and marks them written. */
    void insert(List<Ended> ended) {
        jdbi.useHandle(h -> {
            PreparedBatch batch = h.prepareBatch("""
                    insert into ivr.call_audit (call_id, line, language, started_at, ended_at, case_id, role,
                                                verification, information_given, remail_outcome, transfer_outcome,
                                                end_reason)
                    values (:callId, :line, :language, :startedAt, :endedAt, :caseId, :role,
                            :verification, string_to_array(:informationGiven, ' '), :remailOutcome, :transferOutcome, :endReason)""");
            for (Ended one : ended) {
                CallAudit audit = one.audit();
                batch.bind("callId", audit.callId())
                        .bind("line", audit.line().scriptName())
                        .bind("language", audit.chosenLanguage().map(Language::code).orElse(null))
                        .bind("startedAt", audit.startedAt())
                        .bind("endedAt", one.endedAt())
                        .bind("caseId", audit.caseId().orElse(null))
                        .bind("role", audit.role().map(Role::name).orElse(null))
                        .bind("verification", audit.verification())
                        // One word per category, split by PostgreSQL: Jdbi's array binding resolved generic types by
                        // reflection for every call (JFR under ./phoneline load).
                        .bind("informationGiven", audit.informationGiven().stream().map(InformationGiven::name)
                                .collect(Collectors.joining(" ")))
                        .bind("remailOutcome", audit.remailOutcome().orElse(null))
                        .bind("transferOutcome", audit.transferOutcome().orElse(null))
                        .bind("endReason", audit.endReason())
                        .add();
            }
            batch.execute();
        });
        ended.forEach(one -> one.audit().markWritten());
    }

    /**
     * Whether the failure is the database's absence (no connection, a broken one, a server shutting
     * down, a pool with none free) rather than a record it refuses: only then is trying again worth it.
     */
    static boolean isOutage(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof java.io.IOException || cause instanceof java.sql.SQLTransientException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                return state.startsWith("08") || state.startsWith("53") || state.startsWith("57") || state.startsWith("58");
            }
        }
        return false;
    }

    /**
     * The innermost cause, which names what went wrong ("Connection ... refused"). The record holds
     * codes and ids only, so a database error quoting it carries no personal data either.
     */
    static String reason(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String state = cause instanceof SQLException sql && sql.getSQLState() != null ? " [" + sql.getSQLState() + "]" : "";
        return cause.getClass().getSimpleName() + state + ": " + cause.getMessage();
    }
}
