package gov.ocss.ivr.app.remail;

import static gov.ocss.ivr.simulator.CallerAction.hangUp;
import static gov.ocss.ivr.simulator.CallerAction.press;
import static gov.ocss.ivr.simulator.CallerAction.typeText;
import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.app.FreePort;
import gov.ocss.ivr.app.PhoneLineApplication;
import gov.ocss.ivr.ledger.BusinessCalendar;
import gov.ocss.ivr.ledger.CaseNumber;
import gov.ocss.ivr.prompts.voice.SoundInventory;
import gov.ocss.ivr.prompts.voice.VoiceTexts;
import gov.ocss.ivr.simulator.AsteriskSimulator;
import gov.ocss.ivr.simulator.CallRecord;
import gov.ocss.ivr.simulator.CallSetup;
import gov.ocss.ivr.simulator.ScriptedCaller;
import gov.ocss.ivr.testing.LedgerFixture;
import gov.ocss.ivr.testing.TestDatabase;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A parent who has had 3 PIN letters in 90 days asks for a fourth on the phone: both lines say, politely
 * and in the caller's language, when they can ask again, and offer a person; the call audit and the
 * console's queue keep the refusal.
 */
class PinLetterLimitCallTest {
    private static final String TEST_PIN_KEY = "dGVzdC1vbmx5LXRlc3Qtb25seS10ZXN0LW9ubHktdGVzdC1vbmx5IQ==";
    private static final CaseNumber CASE = CaseNumber.withCheckDigit(100_000_001L);
    private static final SoundInventory SOUNDS = SoundInventory.standard(VoiceTexts.read(Path.of("..").resolve(VoiceTexts.DEFAULT)));

    private static ConfigurableApplicationContext app;
    private static int agiPort;
    private static Jdbi jdbi;
    private static long custodial;
    /** Two letters mailed 80 and 40 days ago, one 10 days ago: the oldest leaves the window in 10 days. */
    private static LocalDate possibleAgainOn;

    @BeforeAll
    static void aParentWithThreeLettersInNinetyDays() {
        TestDatabase db = TestDatabase.fresh();
        jdbi = db.jdbi();
        LedgerFixture fixture = new LedgerFixture(jdbi);
        long caseId = fixture.newCase(CASE);
        custodial = fixture.custodialOf(caseId);
        LocalDate today = LocalDate.now(BusinessCalendar.ZONE);
        jdbi.useHandle(h -> {
            long batch = h.createQuery("insert into ivr.print_batch (created_at, mailed_at) values (now(), now()) returning id")
                    .mapTo(Long.class).one();
            for (int daysAgo : new int[] {80, 40, 10}) {
                ZonedDateTime at = today.minusDays(daysAgo).atTime(11, 0).atZone(BusinessCalendar.ZONE);
                h.execute("""
                        insert into ivr.remail_request (person_id, case_id, requested_at, channel, requested_by, status,
                                                        print_batch_id, pin_credential_id, status_changed_at)
                        values (?, ?, ?, 'helpline', 'earlier-call', 'MAILED', ?, -1, ?)""",
                        custodial, caseId, at.toOffsetDateTime(), batch, at.toOffsetDateTime());
            }
        });
        possibleAgainOn = today.minusDays(80).plusDays(90);
        agiPort = FreePort.find();
        app = SpringApplication.run(PhoneLineApplication.class, "--spring.datasource.url=" + db.jdbcUrl(),
                "--spring.datasource.username=postgres", "--ivr.pin.keys.1=" + TEST_PIN_KEY,
                "--ivr.agi.port=" + agiPort, "--server.port=0", "--ivr.remail.print-interval=0");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void onTheHelpLineTheFourthRequestIsRefusedWithTheDayANewOneIsPossible() {
        ScriptedCaller caller = ScriptedCaller.create()
                .whenHearing("en/ocss/main-menu", press("2"))
                .whenHearing("en/ocss/verify-case_number", press(CASE.digits()))
                .whenHearing("en/ocss/remail-birth_date", press(keyed(LedgerFixture.CUSTODIAL_BORN_ON)))
                .whenHearing("en/ocss/remail-zip", press(LedgerFixture.CUSTODIAL_ZIP))
                .whenHearing("en/ocss/next-menu", hangUp());

        CallRecord call = call(CallSetup.forScript("helpline").query("lang=en").uniqueId("limit-test.1"), caller);

        assertThat(heard(call)).contains("We have already mailed you 3 new PIN letters in the last 90 days, so we cannot "
                        + "send another one by phone today. You can ask for a new letter again from")
                .contains("If you need help sooner, please speak with a representative.")
                .doesNotContain("We will mail a new PIN letter");
        assertThat(remailOutcome("limit-test.1")).isEqualTo("too_many");
        assertThat(refusals()).isPositive();
    }

    @Test
    void onTheTtyLineInAlbanianTheRefusalSaysTheDateInWords() {
        ScriptedCaller caller = ScriptedCaller.create()
                .atInput(1, typeText("2"))
                .atInput(2, typeText(CASE.digits()))
                .atInput(3, typeText(keyed(LedgerFixture.CUSTODIAL_BORN_ON)))
                .atInput(4, typeText(LedgerFixture.CUSTODIAL_ZIP))
                .atInput(5, typeText("9"));

        CallRecord call = call(CallSetup.forScript("tty").query("lang=sq&profile=utf8").uniqueId("limit-test.2"), caller);

        String read = String.join(" ", call.textsShown()).replace('\u00A0', ' ').replace('\u202F', ' ');
        assertThat(read).contains("Ju kemi dërguar tashmë 3 letra të reja me PIN gjatë 90 ditëve të fundit")
                .contains("duke filluar më " + possibleAgainOn.getDayOfMonth() + " ")
                .contains("ju lutemi kontaktoni një punonjës");
        assertThat(remailOutcome("limit-test.2")).isEqualTo("too_many");
        int open = jdbi.withHandle(h -> h.createQuery(
                "select count(*) from ivr.remail_request where person_id = ? and status in ('QUEUED', 'PRINTED')")
                .bind(0, custodial).mapTo(Integer.class).one());
        assertThat(open).as("nothing queued").isZero();
    }

    private static CallRecord call(CallSetup.Builder setup, ScriptedCaller caller) {
        CallRecord call = AsteriskSimulator.create().call("127.0.0.1", agiPort, setup.build(), caller);
        assertThat(call.protocolErrors()).isEmpty();
        assertThat(call.soundsHeard()).allSatisfy(sound -> assertThat(SOUNDS.textOf(sound)).as(sound).isPresent());
        return call;
    }

    private static String heard(CallRecord call) {
        return call.soundsHeard().stream().map(sound -> SOUNDS.textOf(sound).orElse("[" + sound + "]"))
                .filter(words -> !words.isEmpty()) // the pauses between the parts of a sentence
                .collect(Collectors.joining(" "));
    }

    private static String keyed(LocalDate date) {
        return String.format("%02d%02d%04d", date.getMonthValue(), date.getDayOfMonth(), date.getYear());
    }

    /** The call's audit record, written as the call ends on the server: waited for a moment. */
    private static String remailOutcome(String callId) {
        for (int tries = 0; ; tries++) {
            var outcome = jdbi.withHandle(h -> h.createQuery("select remail_outcome from ivr.call_audit where call_id = ?")
                    .bind(0, callId).mapTo(String.class).findOne());
            if (outcome.isPresent() || tries == 50) {
                return outcome.orElseThrow(() -> new AssertionError("no audit record for " + callId));
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static int refusals() {
        return jdbi.withHandle(h -> h.createQuery(
                        "select count(*) from ivr.remail_request where person_id = ? and status = 'REFUSED'")
                .bind(0, custodial).mapTo(Integer.class).one());
    }
}
