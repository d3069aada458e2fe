package gov.ocss.ivr.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.call.DialplanVariables;
import gov.ocss.ivr.caller.Line;
import gov.ocss.ivr.telephony.DialplanRunner.AgiResult;
import gov.ocss.ivr.telephony.DialplanRunner.Call;
import gov.ocss.ivr.telephony.DialplanRunner.Queued;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Calls run through the shipped dialplan: what a caller hears or reads, and where they end up, when
 * the server asks for an agent, says goodbye, or cannot be reached, in and out of agent hours. TTY
 * callers come as the carrier's trunk brings them (SIP: a TDD's tones are audio) unless a test puts
 * them on a DAHDI line (TDD MODE: text) or on a SIP client's endpoint that sends text.
 */
class CallRoutingTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** A Tuesday morning: agents are on duty. */
    private static final ZonedDateTime OPEN = ZonedDateTime.of(2026, 11, 17, 10, 0, 0, 0, NEW_YORK);
    private static final ZonedDateTime NIGHT = OPEN.withHour(21);
    private static final String HELPLINE = "+18882084485";
    private static final String TTY = "+18668759975";
    private static final String CARRIER = "ocss-from-carrier";

    private static DialplanRunner line() {
        return new DialplanRunner(AsteriskFiles.dialplan()).at(OPEN);
    }

    /** A TDD on a DAHDI line, where Asterisk makes the tones from text (TDD MODE). */
    private static DialplanRunner dahdi() {
        return line().channel("DAHDI");
    }

    private static AgiResult agent(String language, String reason) {
        return new AgiResult("SUCCESS", Map.of(DialplanVariables.NEXT, DialplanVariables.NEXT_AGENT,
                DialplanVariables.LANGUAGE, language, DialplanVariables.REASON, reason,
                DialplanVariables.LINE, Line.HELPLINE.scriptName()));
    }

    private static AgiResult agentOnTty(String language, String reason) {
        return new AgiResult("SUCCESS", Map.of(DialplanVariables.NEXT, DialplanVariables.NEXT_AGENT,
                DialplanVariables.LANGUAGE, language, DialplanVariables.REASON, reason,
                DialplanVariables.LINE, Line.TTY.scriptName()));
    }

    private static List<String> inAllLanguages(String sound) {
        return List.of("en/ocss/" + sound, "bn/ocss/" + sound, "sq/ocss/" + sound);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+18882084485", "18882084485", "8882084485"})
    void theHelpLineNumberReachesTheHelplineScriptInEveryFormTheCarrierSends(String dialled) {
        Call call = line().server(request -> agent("en", "asked")).call(CARRIER, dialled);
        assertThat(call.agi()).singleElement().satisfies(request -> {
            assertThat(request.url()).isEqualTo("agi://127.0.0.1:4573/helpline");
            assertThat(request.script()).isEqualTo(Line.HELPLINE.scriptName());
            assertThat(request.arguments()).isEmpty();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"+18668759975", "18668759975", "8668759975"})
    void theTtyNumberReachesTheTtyScriptWithTheTextProfile(String dialled) {
        Call call = line().server(request -> agentOnTty("en", "asked")).call(CARRIER, dialled);
        assertThat(call.agi()).singleElement().satisfies(request -> {
            assertThat(request.script()).isEqualTo(Line.TTY.scriptName());
            assertThat(request.arguments()).containsExactly("tones");
        });
    }

    /**
     * The profile is the channel's OCSS_TTY_PROFILE (an endpoint's set_var), else the global one
     * (tones); a DAHDI channel keeps TDD MODE (baudot) instead of tones, and only instead of tones.
     */
    @ParameterizedTest(name = "{0} channel, its OCSS_TTY_PROFILE \"{1}\": {2}")
    @CsvSource({"PJSIP, '', tones", "Local, '', tones", "DAHDI, '', baudot",
            "PJSIP, utf8, utf8", "DAHDI, utf8, utf8", "PJSIP, baudot, baudot", "DAHDI, baudot, baudot",
            "PJSIP, tones, tones", "DAHDI, tones, baudot"})
    void theTextProfileFollowsTheChannel(String channelType, String channelProfile, String told) {
        DialplanRunner runner = line().channel(channelType);
        if (!channelProfile.isEmpty()) {
            runner.channelVariable("OCSS_TTY_PROFILE", channelProfile);
        }
        Call call = runner.server(request -> agentOnTty("en", "asked")).call(CARRIER, TTY);
        assertThat(call.agi()).singleElement().satisfies(request -> assertThat(request.arguments()).containsExactly(told));
        assertThat(call.queued()).singleElement().satisfies(queued -> assertThat(queued.inherited()).containsEntry("OCSS_TTY", told));
    }

    @Test
    void anotherNumberNeverReachesTheServer() {
        Call call = line().call(CARRIER, "+12125550100");
        assertThat(call.agi()).isEmpty();
        assertThat(call.events()).extracting(DialplanRunner.Event::application).containsExactly("Log", "Hangup");
    }

    @Test
    void theTestPhoneAndTheAgentsPhonesReachBothLines() {
        assertThat(line().call("ocss-test-phone", "4485").agi().get(0).script()).isEqualTo("helpline");
        assertThat(line().call("ocss-agent-phones", "9975").agi().get(0).script()).isEqualTo("tty");
    }

    @Test
    void aCallerTheServerSendsToAnAgentWaitsInTheVoiceQueueWithTheirLanguageAndReason() {
        Call call = line().server(request -> agent("bn", "needs-help")).call(CARRIER, HELPLINE);
        assertThat(call.queued()).singleElement().satisfies(queued -> {
            assertThat(queued.queue()).isEqualTo("ocss-voice");
            assertThat(queued.options()).doesNotContain("r");
            assertThat(queued.timeout()).isEqualTo("900");
            assertThat(queued.callerIdName()).isEqualTo("BN needs-help Test Caller");
            assertThat(queued.inherited()).containsEntry("OCSS_LANGUAGE", "bn").containsEntry("OCSS_REASON", "needs-help");
        });
        assertThat(call.played()).as("the server already told them").isEmpty();
        assertThat(call.variable("CDR(userfield)")).hasValue("agi=SUCCESS next=agent reason=needs-help language=bn line=helpline");
    }

    @Test
    void aTtyCallerForAnAgentWaitsInTheTtyQueueWithRingingNotMusic() {
        Call call = line().server(request -> agentOnTty("sq", "asked")).call(CARRIER, TTY);
        assertThat(call.queued()).singleElement().satisfies(queued -> {
            assertThat(queued.queue()).isEqualTo("ocss-tty");
            assertThat(queued.options()).contains("r");
            assertThat(queued.callerIdName()).isEqualTo("SQ asked Test Caller");
        });
        assertThat(call.texts()).isEmpty();
    }

    @Test
    void aCallerTheServerSaidGoodbyeToIsHungUp() {
        Call call = line().server(request -> new AgiResult("SUCCESS",
                Map.of(DialplanVariables.NEXT, DialplanVariables.NEXT_HANGUP))).call(CARRIER, HELPLINE);
        assertThat(call.queued()).isEmpty();
        assertThat(call.played()).isEmpty();
        assertThat(call.events()).last().extracting(DialplanRunner.Event::application).isEqualTo("Hangup");
    }

    @Test
    void aCallerWhoHangsUpDuringTheServersCallIsGone() {
        Call call = line().server(request -> new AgiResult("HANGUP", Map.of())).call(CARRIER, HELPLINE);
        assertThat(call.events()).last().extracting(DialplanRunner.Event::application).isEqualTo("AGI");
    }

    @ParameterizedTest
    @ValueSource(strings = {"FAILURE", "NOTFOUND"})
    void whenTheServerCannotBeReachedVoiceCallersHearItInThreeLanguagesAndWaitForAnAgent(String status) {
        Call call = line().server(request -> new AgiResult(status, Map.of())).call(CARRIER, HELPLINE);
        assertThat(call.played()).containsExactlyElementsOf(inAllLanguages("call-system_unavailable"));
        assertThat(call.queued()).singleElement().satisfies(queued -> {
            assertThat(queued.queue()).isEqualTo("ocss-voice");
            assertThat(queued.callerIdName()).isEqualTo("ALL system Test Caller");
            assertThat(queued.inherited()).containsEntry("OCSS_LANGUAGE", "").containsEntry("OCSS_REASON", "system");
        });
        assertThat(call.events("Log")).singleElement().satisfies(log -> assertThat(log.data()).startsWith("WARNING,").contains(status));
    }

    @Test
    void whenTheServerHangsUpWithoutANextStepTheDialplanStillSpeaksForIt() {
        // Asterisk reports SUCCESS when the server closes the connection, even mid-call or at once.
        Call call = line().server(request -> new AgiResult("SUCCESS", Map.of())).call(CARRIER, HELPLINE);
        assertThat(call.played()).containsExactlyElementsOf(inAllLanguages("call-system_unavailable"));
        assertThat(call.queued()).extracting(Queued::queue).containsExactly("ocss-voice");
    }

    @Test
    void whenTheServerIsDownATtyCallerReadsItInThreeLanguagesAndWaitsForAnAgent() {
        Call call = dahdi().call(CARRIER, TTY);
        assertThat(String.join(" ", call.texts())).startsWith("WE ARE SORRY, OUR SYSTEM IS NOT AVAILABLE")
                .contains("DUKHITO,", "NA VJEN KEQ,").endsWith("ME VONE.");
        assertThat(call.played()).isEmpty();
        assertThat(call.queued()).extracting(Queued::queue).containsExactly("ocss-tty");

        Call sipText = line().channelVariable("OCSS_TTY_PROFILE", "utf8").call(CARRIER, TTY);
        assertThat(sipText.texts()).isEqualTo(call.texts());
        assertThat(sipText.played()).isEmpty();
    }

    @Test
    void whenTheServerIsDownATddOnASipCallHearsItAsBaudotTonesInThreeLanguagesAndWaitsForAnAgent() {
        Call call = line().call(CARRIER, TTY);
        assertThat(call.played()).containsExactly("en/ocss/tdd/call-system_unavailable",
                "bn/ocss/tdd/call-system_unavailable", "sq/ocss/tdd/call-system_unavailable");
        assertThat(call.texts()).as("a TDD on an audio call sees no text").isEmpty();
        assertThat(call.queued()).singleElement().satisfies(queued -> {
            assertThat(queued.queue()).isEqualTo("ocss-tty");
            assertThat(queued.options()).contains("r");
            assertThat(queued.inherited()).containsEntry("OCSS_TTY", "tones").containsEntry("OCSS_REASON", "system");
        });
    }

    @Test
    void whenTheServerIsDownAtNightCallersHearTheHoursInThreeLanguagesAndTheLineHangsUp() {
        Call voice = line().at(NIGHT).call(CARRIER, HELPLINE);
        assertThat(voice.played()).containsExactlyElementsOf(inAllLanguages("dialplan-unavailable_closed"));
        assertThat(voice.queued()).isEmpty();
        assertThat(voice.events()).last().extracting(DialplanRunner.Event::application).isEqualTo("Hangup");

        Call text = dahdi().at(NIGHT).call(CARRIER, TTY);
        assertThat(String.join(" ", text.texts())).contains("MONDAY TO FRIDAY, FROM 8:30 AM TO 5 PM").endsWith("MIRUPAFSHIM. SK");
        assertThat(text.queued()).isEmpty();

        Call tones = line().at(NIGHT).call(CARRIER, TTY);
        assertThat(tones.played()).containsExactly("en/ocss/tdd/dialplan-unavailable_closed",
                "bn/ocss/tdd/dialplan-unavailable_closed", "sq/ocss/tdd/dialplan-unavailable_closed", "en/ocss/tdd/sk");
        assertThat(tones.texts()).isEmpty();
        assertThat(tones.queued()).isEmpty();
        assertThat(tones.events()).last().extracting(DialplanRunner.Event::application).isEqualTo("Hangup");
    }

    @Test
    void outsideAgentHoursACallerTheServerSendsToAnAgentHearsWhenToCallInTheirLanguage() {
        Call voice = line().at(NIGHT).server(request -> agent("sq", "system")).call(CARRIER, HELPLINE);
        assertThat(voice.played()).containsExactly("sq/ocss/dialplan-agents_closed");
        assertThat(voice.queued()).isEmpty();

        Call text = dahdi().at(NIGHT).server(request -> agentOnTty("bn", "asked")).call(CARRIER, TTY);
        assertThat(String.join(" ", text.texts())).startsWith("DUKHITO, EI MUHURTE AMADER KONO PROTINIDHIKE").endsWith("SK");

        Call tones = line().at(NIGHT).server(request -> agentOnTty("bn", "asked")).call(CARRIER, TTY);
        assertThat(tones.played()).containsExactly("bn/ocss/tdd/dialplan-agents_closed", "en/ocss/tdd/sk");
        assertThat(tones.texts()).isEmpty();
    }

    @Test
    void agentsAnswerUntilTheLastMinuteOfTheirHoursOnWeekdaysOnly() {
        assertThat(queuedAt(OPEN.withHour(16).withMinute(59))).isTrue();
        assertThat(queuedAt(OPEN.withHour(17).withMinute(0))).isFalse();
        assertThat(queuedAt(OPEN.withHour(8).withMinute(29))).isFalse();
        assertThat(queuedAt(OPEN.withHour(8).withMinute(30))).isTrue();
        assertThat(queuedAt(OPEN.plusDays(4))).as("Saturday").isFalse();
        // The hours are New York's, whatever the zone of the machine or of the clock.
        assertThat(queuedAt(OPEN.withZoneSameInstant(ZoneId.of("UTC")))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-01-01", "2026-01-19", "2026-05-25", "2026-07-03", "2026-11-26", "2026-12-25"})
    void onPublicHolidaysAgentsAreClosed(String day) {
        ZonedDateTime holiday = java.time.LocalDate.parse(day).atTime(10, 0).atZone(NEW_YORK);
        boolean observedOnFriday = day.equals("2026-07-03");
        // July 4th 2026 is a Saturday: the holiday observed on Friday the 3rd needs the closed switch.
        assertThat(queuedAt(holiday)).isEqualTo(observedOnFriday);
        assertThat(queued(line().at(holiday).database("ocss/closed", "yes"))).isFalse();
    }

    @Test
    void theClosedSwitchClosesTheAgentsOnAnyDay() {
        Call call = line().database("ocss/closed", "yes").server(request -> agent("en", "asked")).call(CARRIER, HELPLINE);
        assertThat(call.played()).containsExactly("en/ocss/dialplan-agents_closed");
        assertThat(call.queued()).isEmpty();
    }

    @Test
    void whenNobodyAnswersInTheQueueCallersHearItInTheirLanguageOrInAllThree() {
        Call known = line().server(request -> agent("bn", "asked")).agents(queued -> "TIMEOUT").call(CARRIER, HELPLINE);
        assertThat(known.played()).containsExactly("bn/ocss/dialplan-agents_busy");

        Call unknown = line().agents(queued -> "JOINEMPTY").call(CARRIER, HELPLINE);
        assertThat(unknown.played()).containsExactlyElementsOf(List.of("en/ocss/call-system_unavailable",
                "bn/ocss/call-system_unavailable", "sq/ocss/call-system_unavailable", "en/ocss/dialplan-agents_busy",
                "bn/ocss/dialplan-agents_busy", "sq/ocss/dialplan-agents_busy"));

        Call text = dahdi().server(request -> agentOnTty("sq", "asked")).agents(queued -> "TIMEOUT").call(CARRIER, TTY);
        assertThat(text.texts()).containsExactly("NA VJEN KEQ, ASNJE PUNONJES NUK MUND T'I PERGJIGJET TELEFONATES",
                "SUAJ TANI. JU LUTEMI TELEFONONI PERSERI ME VONE. MIRUPAFSHIM.", "SK");

        Call tones = line().server(request -> agentOnTty("sq", "asked")).agents(queued -> "TIMEOUT").call(CARRIER, TTY);
        assertThat(tones.played()).containsExactly("sq/ocss/tdd/dialplan-agents_busy", "en/ocss/tdd/sk");

        Call unknownTones = line().agents(queued -> "JOINEMPTY").call(CARRIER, TTY);
        assertThat(unknownTones.played()).containsExactly("en/ocss/tdd/call-system_unavailable",
                "bn/ocss/tdd/call-system_unavailable", "sq/ocss/tdd/call-system_unavailable",
                "en/ocss/tdd/dialplan-agents_busy", "bn/ocss/tdd/dialplan-agents_busy", "sq/ocss/tdd/dialplan-agents_busy",
                "en/ocss/tdd/sk");
    }

    @Test
    void aLanguageTheDialplanDoesNotKnowIsTreatedAsEnglish() {
        Call call = line().at(NIGHT).server(request -> agent("../../etc/passwd", "asked")).call(CARRIER, HELPLINE);
        assertThat(call.played()).containsExactly("en/ocss/dialplan-agents_closed");
    }

    @Test
    void callerIdIsCleanedBeforeTheServerOrAnAgentSeesIt() {
        Call call = line().callerId("+1 (718) 555-1234;tag=abc <sip:x@y>", "Eve\nagi_arg_1: utf8 \u0000 O'Neil")
                .server(request -> agent("en", "asked")).call(CARRIER, HELPLINE);
        Map<String, String> environment = call.agi().get(0).environment();
        assertThat(environment.get("agi_callerid")).isEqualTo("+17185551234");
        assertThat(environment.get("agi_calleridname")).isEqualTo("Eveagiarg1 utf8  ONeil").doesNotContain("\n");
        assertThat(call.queued().get(0).callerIdName()).isEqualTo("EN asked Eveagiarg1 utf8  ONeil");
    }

    @Test
    void aServerThatRanTheOtherLineIsLogged() {
        Call call = line().server(request -> agentOnTty("en", "asked")).call(CARRIER, HELPLINE);
        assertThat(call.events("Log")).singleElement().satisfies(log ->
                assertThat(log.data()).isEqualTo("WARNING,OCSS: call 1795423330.5 came in on helpline but the server ran tty"));
        assertThat(call.queued()).extracting(Queued::queue).containsExactly("ocss-voice");
    }

    private static boolean queuedAt(ZonedDateTime time) {
        return queued(line().at(time));
    }

    private static boolean queued(DialplanRunner runner) {
        return !runner.server(request -> agent("en", "asked")).call(CARRIER, HELPLINE).queued().isEmpty();
    }
}
