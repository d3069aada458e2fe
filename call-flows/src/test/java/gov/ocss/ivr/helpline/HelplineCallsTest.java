package gov.ocss.ivr.helpline;

import static gov.ocss.ivr.simulator.CallerAction.hangUp;
import static gov.ocss.ivr.simulator.CallerAction.press;
import static gov.ocss.ivr.simulator.CallerAction.typeText;
import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.app.FreePort;
import gov.ocss.ivr.app.PhoneLineApplication;
import gov.ocss.ivr.call.DialplanVariables;
import gov.ocss.ivr.demo.DemoDataset;
import gov.ocss.ivr.demo.DemoPerson;
import gov.ocss.ivr.demo.ShowcaseCase;
import gov.ocss.ivr.ledger.BusinessCalendar;
import gov.ocss.ivr.prompts.voice.SoundInventory;
import gov.ocss.ivr.prompts.voice.VoiceTexts;
import gov.ocss.ivr.simulator.AsteriskSimulator;
import gov.ocss.ivr.simulator.CallRecord;
import gov.ocss.ivr.simulator.CallSetup;
import gov.ocss.ivr.simulator.ScriptedCaller;
import gov.ocss.ivr.phone.PhoneCall;
import gov.ocss.ivr.phone.Terminal;
import gov.ocss.ivr.phone.TerminalPhone;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Whole calls to the demo line as `./phoneline start` runs it: the Spring application on an embedded
 * PostgreSQL with the README's demo cases, called over TCP by the Asterisk simulator. The assertions
 * are on what the caller hears (the words of the sound files) or reads (the TTY text).
 */
class HelplineCallsTest {
    private static final SoundInventory SOUNDS = SoundInventory.standard(VoiceTexts.read(Path.of("..").resolve(VoiceTexts.DEFAULT)));
    private static final AtomicInteger CALLS = new AtomicInteger();
    private static ConfigurableApplicationContext app;
    private static int agiPort;

    @BeforeAll
    static void startTheDemoLine() throws Exception {
        Path data = Files.createTempDirectory("ivr-helpline-test");
        agiPort = FreePort.find();
        app = SpringApplication.run(PhoneLineApplication.class, "--ivr.embedded-database.directory=" + data,
                "--ivr.agi.port=" + agiPort, "--server.port=0");
    }

    @AfterAll
    static void stopTheLine() {
        app.close();
    }

    @Test
    void aNoncustodialParentHearsTheirPastDueBalanceInEnglish() {
        ScriptedCaller caller = ScriptedCaller.create()
                .whenHearing("en/ocss/language-option", press("1"))
                .whenHearing("en/ocss/main-menu", press("1"))
                .whenHearing("en/ocss/verify-case_number", press("5236295464#"))
                .whenHearing("en/ocss/verify-pin", press("80024"))
                .whenHearing("en/ocss/account-menu-noncustodial", press("2"))
                .whenHearing("en/ocss/account-menu-noncustodial", press("9"))
                .whenHearing("en/ocss/main-menu", hangUp());

        CallRecord call = call(CallSetup.forScript("helpline"), caller);

        assertThat(caller.pendingSteps()).isEmpty();
        // The pound pressed after a complete case number, as the prompt asks, is not taken as an empty PIN.
        assertThat(heard(call)).doesNotContain("Sorry")
                .contains("Thank you. Your identity is verified.")
                .contains("Your past-due balance is two thousand five hundred four dollars and ninety-two cents");
        assertThat(call.missingSounds()).isEmpty();
        assertThat(audit(call)).isEqualTo("en verified NONCUSTODIAL {PAST_DUE} caller_hung_up");
    }

    @Test
    void aCustodialParentHearsInAlbanianTheLastCheckAndWhenItWasMailed() {
        ScriptedCaller caller = ScriptedCaller.create()
                .whenHearing("sq/ocss/language-option", press("3"))
                .whenHearing("sq/ocss/main-menu", press("1"))
                .whenHearing("sq/ocss/verify-case_number", press("3332587280"))
                .whenHearing("sq/ocss/verify-pin", press("51638"))
                .whenHearing("sq/ocss/account-menu-custodial", press("1"))
                .whenHearing("sq/ocss/account-menu-custodial", press("9"))
                .whenHearing("sq/ocss/main-menu", hangUp());

        CallRecord call = call(CallSetup.forScript("helpline"), caller);

        assertThat(call.language()).isEqualTo("sq");
        assertThat(heard(call)).contains("Pagesa e fundit që ju është dërguar:")
                .contains("tetëqind e gjashtëdhjetë e gjashtë dollarë e gjashtëdhjetë e shtatë centë me çek, i dërguar me postë më gjashtë");
    }

    @Test
    void aTtyCallerReadsInBengaliThatTheyPaidMoreThanOrdered() {
        ScriptedCaller caller = ScriptedCaller.create()
                .atInput(1, typeText("1"))
                .atInput(2, typeText("6910-461-323"))
                .atInput(3, typeText("90249"))
                .atInput(4, typeText("2"))
                .atInput(5, hangUp());

        CallRecord call = call(CallSetup.forScript("tty").query("lang=bn&profile=utf8"), caller);

        String read = read(call);
        assertThat(read).contains("ধন্যবাদ। আপনার পরিচয় যাচাই করা হয়েছে।")
                .contains("আপনার কোনো বকেয়া ব্যালান্স নেই।")
                .contains("আপনার হিসাবে ২,১৮৪.০০ US$ অতিরিক্ত জমা আছে।");
    }

    @Test
    void onABaudotTtyTheSameAnswerArrivesInCapitalAsciiLetters() {
        ScriptedCaller caller = ScriptedCaller.create()
                .atInput(1, typeText("1"))
                .atInput(2, typeText("6910461323"))
                .atInput(3, typeText("90249"))
                .atInput(4, typeText("2"))
                .atInput(5, hangUp());

        CallRecord call = call(CallSetup.forScript("tty").query("lang=bn"), caller);

        assertThat(read(call)).contains("2,184.00 US$").matches("[A-Z0-9 \\-$'!:(\")=?+/.,;]+");
    }

    @Test
    void aMistypedCaseNumberIsCaughtByItsCheckDigit() {
        ScriptedCaller caller = ScriptedCaller.create()
                .whenHearing("en/ocss/language-option", press("1"))
                .whenHearing("en/ocss/main-menu", press("1"))
                .whenHearing("en/ocss/verify-case_number", press("5236295465"))
                .whenHearing("en/ocss/verify-case_number_invalid", hangUp());

        CallRecord call = call(CallSetup.forScript("helpline"), caller);

        assertThat(caller.pendingSteps()).isEmpty();
        assertThat(audit(call)).isEqualTo("en invalid_case_number {} caller_hung_up");
    }

    @Test
    void threeWrongPinsEndVerificationWithTheOfferOfAPersonAndAGoodbye() {
        ScriptedCaller caller = ScriptedCaller.create()
                .whenHearing("en/ocss/language-option", press("1"))
                .whenHearing("en/ocss/main-menu", press("1"));
        for (int attempt = 0; attempt < 3; attempt++) {
            caller.whenHearing("en/ocss/verify-case_number", press("5236295464"))
                    .whenHearing("en/ocss/verify-pin", press("11111"));
        }
        caller.whenHearing("en/ocss/next-menu", press("9"));

        CallRecord call = call(CallSetup.forScript("helpline"), caller);

        String heard = heard(call);
        assertThat(heard.split("do not match our records", -1)).hasSize(4);
        assertThat(heard).contains("Sorry, we could not verify your identity.").endsWith("Thank you for calling. Goodbye.");
        assertThat(call.variable(DialplanVariables.NEXT)).contains(DialplanVariables.NEXT_HANGUP);
        assertThat(call.serverHungUp()).isTrue();
    }

    @Test
    void aLostPinLetterIsQueuedOnceAndASecondCallHearsWhenItWasAskedFor() {
        DemoPerson parent = showcase("8030525052").caller();
        CallRecord first = call(CallSetup.forScript("helpline").query("lang=bn"), remail("8030525052", parent));
        CallRecord second = call(CallSetup.forScript("helpline").query("lang=bn"), remail("8030525052", parent));

        assertThat(heard(first)).contains("আমরা আপনার নথিভুক্ত ঠিকানায় একটি নতুন পিন চিঠি পাঠাব।");
        assertThat(heard(second)).contains("একটি নতুন পিন চিঠির অনুরোধ আগেই করা হয়েছে।");
        assertThat(openRequests(parent)).isEqualTo(1);
    }

    @Test
    void aRemailWithTheWrongZipIsNotConfirmedAndQueuesNothing() {
        DemoPerson parent = showcase("9131027451").caller();
        ScriptedCaller caller = ScriptedCaller.create()
                .whenHearing("ocss/main-menu", press("2"))
                .whenHearing("ocss/verify-case_number", press("9131027451"))
                .whenHearing("ocss/remail-birth_date", press(birthDate(parent)))
                .whenHearing("ocss/remail-zip", press("00000"))
                .whenHearing("ocss/next-menu", hangUp());

        CallRecord call = call(CallSetup.forScript("helpline").query("lang=sq"), caller);

        assertThat(heard(call)).contains("Na vjen keq, nuk arritëm t'i konfirmojmë të dhënat tuaja.");
        assertThat(openRequests(parent)).isZero();
    }

    @Test
    void hangingUpDuringARemailLeavesNoRequest() {
        DemoPerson parent = showcase("5327690201").caller();
        ScriptedCaller caller = ScriptedCaller.create()
                .whenHearing("ocss/main-menu", press("2"))
                .whenHearing("ocss/verify-case_number", press("5327690201"))
                .whenHearing("ocss/remail-birth_date", press(birthDate(parent)))
                .whenHearing("ocss/remail-zip", hangUp());

        CallRecord call = call(CallSetup.forScript("helpline").query("lang=en"), caller);

        assertThat(call.callerHungUp()).isTrue();
        assertThat(openRequests(parent)).isZero();
    }

    @Test
    void beforeVerificationTheMainOfficesContactDetailsAndHoursAreRead() {
        ScriptedCaller caller = ScriptedCaller.create()
                .whenHearing("en/ocss/main-menu", press("3"))
                .whenHearing("en/ocss/main-menu", press("9"));

        CallRecord call = call(CallSetup.forScript("helpline").query("lang=en"), caller);

        // The pieces between values are recorded without the punctuation that joins them to a value.
        assertThat(heard(call)).contains("Our main office is the Manhattan Child Support Office The address is"
                        + " 120 Lafayette Street, 3rd Floor New York NY one zero zero one three")
                .contains("The phone number is two one two five five five zero one zero zero")
                .contains("The office is open: Monday to Friday eight thirty a.m. to five p.m.")
                .containsAnyOf("The office is open now.", "The office is closed now.");
    }

    @Test
    void theTerminalPhoneWalkthroughOfTheReadmeShowsEachSentenceOnItsOwnLine() {
        String typed = String.join("\n", "1", "1", "5236295464", "80024", "2", "h") + "\n";
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        Terminal terminal = new Terminal(new BufferedReader(new StringReader(typed)),
                new PrintStream(screen, true, StandardCharsets.UTF_8), false);

        new TerminalPhone(SOUNDS, terminal).call(PhoneCall.parse("helpline", "--port", Integer.toString(agiPort)));

        assertThat(screen.toString(StandardCharsets.UTF_8).lines()).contains(
                "Welcome to the New York City child support help line.",
                "বাংলার জন্য ২ চাপুন।",
                "Thank you. Your identity is verified.",
                "Your past-due balance is two thousand five hundred four dollars and ninety-two cents",
                "(You hung up.)");
    }

    private static ScriptedCaller remail(String caseNumber, DemoPerson parent) {
        return ScriptedCaller.create()
                .whenHearing("ocss/main-menu", press("2"))
                .whenHearing("ocss/verify-case_number", press(caseNumber))
                .whenHearing("ocss/remail-birth_date", press(birthDate(parent)))
                .whenHearing("ocss/remail-zip", press(parent.address().zip()))
                .whenHearing("ocss/main-menu", hangUp());
    }

    private static String birthDate(DemoPerson person) {
        return String.format("%02d%02d%04d", person.dateOfBirth().getMonthValue(), person.dateOfBirth().getDayOfMonth(),
                person.dateOfBirth().getYear());
    }

    private static ShowcaseCase showcase(String caseNumber) {
        return DemoDataset.forCurrentMonth(DemoDataset.DEFAULT_SEED, 300, BusinessCalendar.system()).showcase().stream()
                .filter(showcase -> showcase.supportCase().caseNumber().digits().equals(caseNumber))
                .findFirst().orElseThrow();
    }

    private static int openRequests(DemoPerson person) {
        return app.getBean(Jdbi.class).withHandle(h -> h.createQuery(
                        "select count(*) from ivr.remail_request where person_id = :p and status in ('QUEUED', 'PRINTED')")
                .bind("p", person.id()).mapTo(Integer.class).one());
    }

    /** The call's audit record, in short: language, verification, role, information given, how it ended. */
    private static String audit(CallRecord call) {
        return app.getBean(Jdbi.class).withHandle(h -> h.createQuery("""
                        select language, verification, coalesce(role, '-') as role, information_given::text as given, end_reason
                          from ivr.call_audit where call_id = :id""")
                .bind("id", call.uniqueId())
                .map((rs, ctx) -> String.join(" ", rs.getString("language"), rs.getString("verification"),
                        rs.getString("role"), rs.getString("given"), rs.getString("end_reason")).replace(" - ", " "))
                .one());
    }

    private static CallRecord call(CallSetup.Builder setup, ScriptedCaller caller) {
        setup.uniqueId("helpline-test." + CALLS.incrementAndGet());
        CallRecord call = AsteriskSimulator.create().call("127.0.0.1", agiPort, setup.build(), caller);
        assertThat(call.protocolErrors()).isEmpty();
        // Every sound the line played is one the audio compiler renders, data texts included.
        assertThat(call.soundsHeard()).allSatisfy(sound -> assertThat(SOUNDS.textOf(sound)).as(sound).isPresent());
        return call;
    }

    /** The words of every sound the caller heard, one after another. */
    private static String heard(CallRecord call) {
        return call.soundsHeard().stream()
                .map(sound -> SOUNDS.textOf(sound).orElse("[" + sound + "]"))
                .collect(Collectors.joining(" "));
    }

    /** Everything the TTY showed, with ICU's no-break spaces as spaces. */
    private static String read(CallRecord call) {
        return String.join(" ", call.textsShown()).replace('\u00A0', ' ').replace('\u202F', ' ');
    }
}
