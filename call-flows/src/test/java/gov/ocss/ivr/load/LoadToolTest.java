package gov.ocss.ivr.load;

import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.app.FreePort;
import gov.ocss.ivr.app.PhoneLineApplication;
import gov.ocss.ivr.demo.DemoDataset;
import gov.ocss.ivr.ledger.AccountBalance;
import gov.ocss.ivr.ledger.BusinessCalendar;
import gov.ocss.ivr.ledger.Money;
import gov.ocss.ivr.load.CallCheck.Outcome;
import gov.ocss.ivr.prompts.CatalogRenderer;
import gov.ocss.ivr.prompts.voice.SoundInventory;
import gov.ocss.ivr.prompts.voice.VoiceTexts;
import gov.ocss.ivr.simulator.AsteriskSimulator;
import gov.ocss.ivr.simulator.CallRecord;
import gov.ocss.ivr.simulator.CallSetup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Set;
import gov.ocss.ivr.prompts.Language;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The load tool against the real server (the Spring application on an embedded PostgreSQL with the
 * 300 demo cases), briefly: every call is checked, the server's own metrics count what the tool
 * counted, the baseline runs the same number of round trips, and a caller who hears a balance other
 * than the dataset's is counted as wrong.
 */
class LoadToolTest {
    private static final int CASES = 300;
    private static final Path VOICE_TEXTS = Path.of("..").resolve(VoiceTexts.DEFAULT);
    private static ConfigurableApplicationContext app;
    private static int agiPort;
    private static int httpPort;

    @BeforeAll
    static void startTheServer() throws Exception {
        agiPort = FreePort.find();
        app = SpringApplication.run(PhoneLineApplication.class,
                "--ivr.embedded-database.directory=" + Files.createTempDirectory("ivr-load-test"),
                "--ivr.agi.port=" + agiPort, "--server.port=0", "--ivr.demo.cases=" + CASES);
        httpPort = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    static void stopTheServer() {
        app.close();
    }

    @Test
    void everyCallOfALoadEndsWellAndTheServersMetricsCountTheSameCallsAndSteps() throws Exception {
        LoadOptions options = LoadOptions.parse("--port", Integer.toString(agiPort),
                "--metrics", "http://127.0.0.1:" + httpPort + "/actuator/prometheus",
                "--cases", Integer.toString(CASES), "--caller-pool", Integer.toString(CASES),
                "--voice-texts", VOICE_TEXTS.toString(), "--concurrency", "8", "--calls", "80", "--ramp-up", "0s", "--think", "0", "--tty-share", "0.3");

        Report report = LoadTest.run(options);

        LoadRun.Result ours = report.phoneServer();
        assertThat(ours.problems()).isEmpty();
        assertThat(ours.count(Outcome.OK)).isEqualTo(80);
        assertThat(ours.peakInProgress()).isEqualTo(8);
        assertThat(report.callsCountedByServer()).isEqualTo(80);
        assertThat(report.stepsCountedByServer()).isEqualTo(ours.commands());
        LoadRun.Result bare = report.bare().orElseThrow();
        assertThat(bare.count(Outcome.OK)).isEqualTo(80);
        assertThat((double) bare.commands() / bare.calls()).isGreaterThanOrEqualTo(Math.round((double) ours.commands() / ours.calls()));
        assertThat(report.allCallsWell()).isTrue();
    }

    @Test
    void aCallerWhoHearsABalanceOtherThanTheDatasetsIsCountedAsWrong() {
        LocalDate today = BusinessCalendar.system().today();
        DemoDataset dataset = DemoDataset.of(DemoDataset.DEFAULT_SEED, CASES, YearMonth.from(today));
        Parent parent = Parent.of(dataset.caseAt(3), today);
        AccountBalance right = parent.balance();
        Parent mistaken = new Parent(parent.caseNumber(), parent.pin(), parent.language(),
                new AccountBalance(right.asOf(), right.currentSupport(), right.currentDue(), right.dueOn(),
                        right.pastDue().plus(Money.ofCents(1)), right.credit()));

        assertThat(call(parent, false)).isEqualTo(Outcome.OK);
        assertThat(call(mistaken, false)).isEqualTo(Outcome.WRONG);
        assertThat(call(parent, true)).isEqualTo(Outcome.OK);
        assertThat(call(mistaken, true)).isEqualTo(Outcome.WRONG);
    }

    /**
     * Issue 19's bar: the load tool's verified voice call (language, account, case number, PIN, past-due
     * balance, recent payments, hang-up) takes at most 15 AGI commands, in every language. It took 51
     * when every key was a WAIT FOR DIGIT and every word of a sum a STREAM FILE.
     */
    @Test
    void aVerifiedVoiceCallTakesAtMostFifteenRoundTripsInEveryLanguage() {
        LocalDate today = BusinessCalendar.system().today();
        DemoDataset dataset = DemoDataset.of(DemoDataset.DEFAULT_SEED, CASES, YearMonth.from(today));
        Set<Language> languages = EnumSet.noneOf(Language.class);
        for (int i = 0; i < 40; i++) {
            Parent parent = Parent.of(dataset.caseAt(i), today);
            ParentCaller caller = new ParentCaller(parent, false, Think.ZERO);
            CallRecord call = simulator().call("127.0.0.1", agiPort, CallSetup.forScript("helpline").build(), caller);

            assertThat(new CallCheck(CatalogRenderer.standard(Clock.systemDefaultZone())).check(call, caller, parent, false).outcome())
                    .as("case %s", i).isEqualTo(Outcome.OK);
            assertThat(call.commandCount()).as("AGI commands of a verified call in %s: %s", parent.language(), call.commands())
                    .isLessThanOrEqualTo(15);
            languages.add(parent.language());
        }
        assertThat(languages).as("the calls' languages").hasSize(3);
    }

    private static AsteriskSimulator simulator() {
        return AsteriskSimulator.builder()
                .sounds(new SpokenLengths(SoundInventory.standard(VoiceTexts.read(VOICE_TEXTS))))
                .build();
    }

    private static Outcome call(Parent parent, boolean tty) {
        AsteriskSimulator asterisk = simulator();
        ParentCaller caller = new ParentCaller(parent, tty, Think.ZERO);
        CallRecord call = asterisk.call("127.0.0.1", agiPort, CallSetup.forScript(tty ? "tty" : "helpline").build(), caller);
        return new CallCheck(CatalogRenderer.standard(Clock.systemDefaultZone())).check(call, caller, parent, tty).outcome();
    }
}
