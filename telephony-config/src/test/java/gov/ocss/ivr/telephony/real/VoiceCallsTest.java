package gov.ocss.ivr.telephony.real;

import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.demo.DemoCase;
import gov.ocss.ivr.demo.DemoPerson;
import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.prompts.Prompt;
import gov.ocss.ivr.prompts.voice.Pause;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The help line on a real Asterisk: parents call 888-208-4485 as the carrier delivers it, press keys
 * like people who listen to each question, and hear what the ledger holds, in their language.
 */
@Tag("asterisk")
@ExtendWith(RealAsterisk.class)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(value = RealAsterisk.CLOSED_SWITCH, mode = ResourceAccessMode.READ)
class VoiceCallsTest {
    private final RealAsterisk line = RealAsterisk.line();
    private final LineFacts facts = line.facts();

    @Test
    void aParentWhoEndsThePinWithPoundHearsTheirIdentityVerifiedAndTheLedgersPastDueBalance() throws Exception {
        DemoCase behind = facts.demoCase(0);
        try (TestCall call = line.call(CallPlan.helpline().from("7185550141"))) {
            call.answer("1").answer("1");
            call.answer(LineFacts.caseNumber(behind));
            call.answer(LineFacts.pin(behind.noncustodial()));
            // Many callers end the PIN with # although it is complete: it reaches Asterisk as the next prompt starts.
            call.pressDuringNextPrompt('#');
            call.answer("2");
            call.awaitSound("en/ocss/account-menu-noncustodial");
            call.hangUp();

            // Background stops at any key, # too: the line plays the sentence again from its start.
            List<AsteriskLog.Event> events = call.lineEvents();
            int lastVerified = -1;
            for (int i = 0; i < events.size(); i++) {
                if (events.get(i).kind() == AsteriskLog.Kind.COMMAND && events.get(i).text().contains("en/ocss/verify-done")) {
                    lastVerified = i;
                }
            }
            assertThat(lastVerified).as("the sentence after the PIN was played").isPositive();
            assertThat(events.subList(lastVerified + 1, events.size()).stream().filter(e -> e.kind() == AsteriskLog.Kind.REPLY)
                    .findFirst().map(AsteriskLog.Event::text))
                    .as("the sentence after the PIN is heard to its end, # or not").hasValue("200 result=0");
            List<String> played = call.soundsPlayed();
            assertThat(played).containsSubsequence("en/ocss/verify-pin", "en/ocss/verify-done", "en/ocss/balance-past_due");
            assertThat(EnglishAmount.cents(wordsAfter(played, "en/ocss/balance-past_due")))
                    .as("the past-due balance heard, read back from the words")
                    .isEqualTo(facts.balance(behind).pastDue().cents())
                    .isPositive();
        }
    }

    @ParameterizedTest
    @CsvSource({"1, ENGLISH", "2, BENGALI", "3, ALBANIAN"})
    void aParentHearsThePastDueBalanceAndRecentPaymentsInTheirLanguage(String key, Language language) throws Exception {
        DemoCase behind = facts.demoCase(0);
        try (TestCall call = line.call(CallPlan.helpline())) {
            call.answer(key).answer("1");
            call.answer(LineFacts.caseNumber(behind) + "#");
            call.answer(LineFacts.pin(behind.noncustodial()) + "#");
            call.answer("2");
            call.awaitSound(language.code() + "/ocss/account-menu-noncustodial");
            call.answer("3");
            call.await(TestCall::asks, "the question after the payments");
            call.hangUp();

            List<String> pastDue = facts.sounds(facts.pastDue(behind), language);
            assertThat(LineFacts.playedInOrder(call.soundsPlayed(), pastDue))
                    .as("played %s in %s", pastDue, call.soundsPlayed()).isTrue();
            List<String> payments = new ArrayList<>(facts.sounds(Prompt.of("payment.recent"), language));
            payments.addAll(facts.sounds(facts.latestPayment(behind), language));
            assertThat(LineFacts.playedInOrder(call.soundsPlayed(), payments))
                    .as("played %s in %s", payments, call.soundsPlayed()).isTrue();
            List<String> played = call.soundsPlayed();
            assertThat(played.subList(played.indexOf(language.code() + "/ocss/main-menu"), played.size()))
                    .as("after the language menu, everything is said in the caller's language")
                    .allMatch(sound -> sound.startsWith(language.code() + "/ocss/"));
        }
    }

    @Test
    void aCustodialParentHearsTheLastPaymentSentToHerAndHerRecentPaymentsInAlbanian() throws Exception {
        DemoCase paidByCheck = facts.demoCase(2);
        try (TestCall call = line.call(CallPlan.helpline().from("7185550143"))) {
            call.answer("3").answer("1");
            call.answer(LineFacts.caseNumber(paidByCheck));
            call.answer(LineFacts.pin(paidByCheck.custodial()));
            call.answer("1");
            call.awaitSound("sq/ocss/account-menu-custodial");
            call.answer("2");
            call.await(TestCall::asks, "the next question after the payments");
            call.hangUp();

            Prompt last = LineFacts.item(facts.lastDisbursement(paidByCheck));
            List<String> expected = new ArrayList<>(facts.sounds(Prompt.of("disbursement.last"), Language.ALBANIAN));
            expected.addAll(facts.sounds(last, Language.ALBANIAN));
            assertThat(LineFacts.playedInOrder(call.soundsPlayed(), expected))
                    .as("played %s in %s", expected, call.soundsPlayed()).isTrue();
            assertThat(call.soundsPlayed()).contains("sq/ocss/disbursement-recent");
        }
    }

    @ParameterizedTest
    @CsvSource({"1, ENGLISH, 10", "2, BENGALI, 11", "3, ALBANIAN, 12"})
    void aParentWhoLostThePinLetterHasANewOneQueued(String key, Language language, int caseIndex) throws Exception {
        DemoCase demoCase = facts.demoCase(caseIndex);
        DemoPerson parent = demoCase.custodial();
        try (TestCall call = line.call(CallPlan.helpline())) {
            call.answer(key).answer("2");
            call.answer(LineFacts.caseNumber(demoCase));
            call.answer(LineFacts.birthDate(parent));
            call.answer(LineFacts.zip(parent));
            call.await(TestCall::asks, "the question after the letter");
            call.hangUp();

            List<String> played = call.soundsPlayed();
            assertThat(facts.letterQueued().stream().map(prompt -> facts.sounds(prompt, language))
                    .anyMatch(sounds -> LineFacts.playedInOrder(played, sounds)))
                    .as("heard that the letter is on its way: %s", played).isTrue();
            assertThat(facts.letterRequests(parent)).containsExactly("helpline");
        }
    }

    @AfterAll
    static void asteriskFoundEverySoundItWasAskedToPlay() {
        assertThat(RealAsterisk.line().log().lines()).noneMatch(l -> l.contains("does not exist in any format"));
    }

    /** The words of the number sounds played right after {@code sound} and the pause before a value. */
    private List<String> wordsAfter(List<String> played, String sound) {
        List<String> words = new ArrayList<>();
        int first = played.indexOf(sound) + 1;
        if (first < played.size() && Pause.named(played.get(first)).isPresent()) {
            first++;
        }
        for (int i = first; i < played.size() && played.get(i).contains("/ocss/words/"); i++) {
            words.add(line.sounds().text(played.get(i)));
        }
        return words;
    }
}
