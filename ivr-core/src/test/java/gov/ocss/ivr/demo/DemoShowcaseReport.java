package gov.ocss.ivr.demo;

import gov.ocss.ivr.db.EmbeddedDatabase;
import gov.ocss.ivr.db.Migrations;
import gov.ocss.ivr.ledger.AccountBalance;
import gov.ocss.ivr.ledger.BusinessCalendar;
import gov.ocss.ivr.ledger.Disbursement;
import gov.ocss.ivr.ledger.Ledger;
import gov.ocss.ivr.ledger.Payment;
import gov.ocss.ivr.ledger.Role;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;

/**
 * Writes the README's table of showcase cases, PINs included, to a file (never to the console or a
 * log): loads the demo dataset's first cases into a throw-away PostgreSQL and reads them back
 * through the {@link Ledger}, as a call would.
 * <pre>
 * mvn -B -q -pl ivr-core test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=gov.ocss.ivr.demo.DemoShowcaseReport [-Dexec.args="target/demo-showcase.md 2026-11"]
 * </pre>
 */
public final class DemoShowcaseReport {
    private DemoShowcaseReport() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/demo-showcase.md");
        YearMonth anchor = args.length > 1 ? YearMonth.parse(args[1]) : YearMonth.from(BusinessCalendar.system().today());
        DemoDataset dataset = DemoDataset.of(DemoDataset.DEFAULT_SEED, 10, anchor);
        try (EmbeddedDatabase database = EmbeddedDatabase.start(Files.createTempDirectory("ivr-demo-showcase"), false)) {
            Migrations.migrate(database.dataSource());
            Jdbi jdbi = Jdbi.create(database.dataSource()).installPlugin(new PostgresPlugin());
            new DemoData(jdbi, DemoPinKey.hasher()).load(dataset);
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, table(dataset, new Ledger(jdbi), anchor), StandardCharsets.UTF_8);
        }
        System.out.println("wrote " + out.toAbsolutePath());
    }

    private static String table(DemoDataset dataset, Ledger ledger, YearMonth anchor) {
        LocalDate asOf = anchor.atDay(1);
        StringBuilder md = new StringBuilder();
        md.append("Demo data loaded in ").append(anchor).append(" (seed ").append(dataset.seed())
                .append("). Amounts are the same whatever month the data is loaded in; dates move with it")
                .append(" (a date in ").append(anchor.minusMonths(1)).append(" is in the month before loading).\n\n");
        md.append("| # | Showcase | Case number | Call as | Language | PIN | Current support (due) | Current due | Past due | Credit | Last payment / disbursement |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (ShowcaseCase c : dataset.showcase()) {
            DemoCase supportCase = c.supportCase();
            DemoPerson caller = c.caller();
            AccountBalance balance = ledger.balance(supportCase.id(), asOf);
            md.append("| ").append(c.showcase().caseIndex() + 1)
                    .append(" | ").append(c.showcase().description())
                    .append(" | ").append(supportCase.caseNumber().digits())
                    .append(" | ").append(caller.fullName()).append(", ").append(role(c.showcase().role()))
                    .append(" | ").append(caller.language().code())
                    .append(" | ").append(caller.pin().digits())
                    .append(" | ").append(balance.currentSupport())
                    .append(balance.dueOn().map(d -> " (" + d + ")").orElse(""))
                    .append(" | ").append(balance.currentDue())
                    .append(" | ").append(balance.pastDue())
                    .append(" | ").append(balance.credit())
                    .append(" | ").append(lastMoney(ledger, c, asOf))
                    .append(" |\n");
        }
        return md.toString();
    }

    private static String role(Role role) {
        return role == Role.CUSTODIAL ? "custodial" : "noncustodial";
    }

    private static String lastMoney(Ledger ledger, ShowcaseCase c, LocalDate asOf) {
        if (c.showcase().role() == Role.CUSTODIAL) {
            List<Disbursement> last = ledger.recentDisbursements(c.supportCase().id(), c.caller().id(), asOf, 1);
            return last.isEmpty() ? "none" : last.get(0).issuedOn() + " " + last.get(0).amount() + " "
                    + last.get(0).method().name().toLowerCase().replace('_', ' ')
                    + last.get(0).checkMailedOn().map(m -> ", mailed " + m).orElse("");
        }
        List<Payment> last = ledger.recentPayments(c.supportCase().id(), asOf, 1);
        return last.isEmpty() ? "none" : last.get(0).receivedOn() + " " + last.get(0).amount() + " "
                + last.get(0).method().name().toLowerCase().replace('_', ' ');
    }
}
