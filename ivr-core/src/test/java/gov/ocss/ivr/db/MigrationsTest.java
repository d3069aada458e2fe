package gov.ocss.ivr.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.ocss.ivr.testing.TestDatabase;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MigrationsTest {

    @Test
    void migratingAnEmptyDatabaseCreatesTheLedgerAndThePhoneServiceSchemas() {
        TestDatabase db = TestDatabase.empty();
        Migrations.migrate(db.dataSource());

        var tables = db.jdbi().withHandle(h -> h.createQuery("""
                select table_schema || '.' || table_name from information_schema.tables
                 where table_schema in ('ledger', 'ivr')""").mapTo(String.class).list());
        assertThat(tables).contains("ledger.person", "ledger.support_case", "ledger.case_participant",
                "ledger.support_order", "ledger.charge", "ledger.payment", "ledger.disbursement",
                "ledger.adjustment", "ledger.monthly_notice", "ledger.local_office", "ledger.office_hours",
                "ledger.payment_address", "ledger.pin_credential",
                "ivr.pin_attempt", "ivr.account_lock", "ivr.remail_request", "ivr.print_batch", "ivr.call_audit",
                "ivr.staff_action");
    }

    @Test
    void migratingTwiceChangesNothing() throws Exception {
        TestDatabase db = TestDatabase.fresh();
        int appliedFirst = applied(db);
        Migrations.migrate(db.dataSource());

        assertThat(applied(db)).isEqualTo(appliedFirst);
        // Every migration the code ships was applied the first time.
        try (var files = Files.list(Path.of(getClass().getResource("/db/migration").toURI()))) {
            assertThat(appliedFirst).isEqualTo(files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count());
        }
    }

    private static int applied(TestDatabase db) {
        return db.jdbi().withHandle(h -> h.createQuery("select count(*) from flyway_schema_history where success")
                .mapTo(Integer.class).one());
    }

    @Test
    void theLedgerRefusesACaseNumberThatIsNotTenDigits() {
        TestDatabase db = TestDatabase.fresh();
        db.jdbi().useHandle(h -> h.execute("""
                insert into ledger.local_office (id, code, name, street, city, state, zip, phone, email)
                values (1, 'MN', 'Manhattan', '1 Centre St', 'New York', 'NY', '10007', '2125550100', 'mn@example.gov')"""));
        assertThatThrownBy(() -> db.jdbi().useHandle(h -> h.execute(
                "insert into ledger.support_case (id, case_number, office_id, opened_on) values (1, '12345', 1, current_date)")))
                .isInstanceOf(UnableToExecuteStatementException.class);
    }

    @Test
    void thePhoneServiceCannotQueueTwoOpenRemailRequestsForOnePerson() {
        TestDatabase db = TestDatabase.fresh();
        db.jdbi().useHandle(h -> {
            h.execute("""
                    insert into ledger.local_office (id, code, name, street, city, state, zip, phone, email)
                    values (1, 'MN', 'Manhattan', '1 Centre St', 'New York', 'NY', '10007', '2125550100', 'mn@example.gov')""");
            h.execute("insert into ledger.support_case (id, case_number, office_id, opened_on) values (1, '1234567897', 1, current_date)");
            h.execute("""
                    insert into ledger.person (id, first_name, last_name, date_of_birth, street, city, state, zip)
                    values (1, 'Ana', 'Cruz', date '1990-01-01', '1 Main St', 'Bronx', 'NY', '10451')""");
            h.execute("""
                    insert into ivr.remail_request (person_id, case_id, requested_at, channel, status, status_changed_at)
                    values (1, 1, now(), 'helpline', 'QUEUED', now())""");
        });
        assertThatThrownBy(() -> db.jdbi().useHandle(h -> h.execute("""
                insert into ivr.remail_request (person_id, case_id, requested_at, channel, status, status_changed_at)
                values (1, 1, now(), 'tty', 'QUEUED', now())""")))
                .isInstanceOf(UnableToExecuteStatementException.class)
                .hasMessageContaining("remail_request_one_open");
    }
}
