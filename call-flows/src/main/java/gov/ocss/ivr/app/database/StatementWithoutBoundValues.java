package gov.ocss.ivr.app.database;

import java.util.function.Function;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementException;

/**
 * The message of a failed Jdbi statement: what went wrong and the statement, never the values bound to
 * it. Jdbi's default adds them ("arguments:{named:{caseNumber:5236295464}}"), and those are what the
 * callers keyed; the log masks them anyway, but an exception message also travels where no log
 * masking reaches (a wrapped exception, a health detail, a test report).
 */
final class StatementWithoutBoundValues implements Function<StatementException, String> {
    private static final int LONGEST_STATEMENT = 500;

    @Override
    public String apply(StatementException failure) {
        StatementContext context = failure.getStatementContext();
        String sql = context == null ? null : context.getRawSql();
        if (sql == null) {
            return failure.getShortMessage();
        }
        String statement = sql.length() > LONGEST_STATEMENT ? sql.substring(0, LONGEST_STATEMENT) + "..." : sql;
        return failure.getShortMessage() + " [statement:\"" + statement + "\"]";
    }
}
