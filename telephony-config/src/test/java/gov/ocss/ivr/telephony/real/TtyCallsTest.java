package gov.ocss.ivr.telephony.real;

import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.demo.DemoCase;
import gov.ocss.ivr.demo.DemoPerson;
import gov.ocss.ivr.presenter.TextProfile;
import gov.ocss.ivr.prompts.Language;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The TTY line on a real Asterisk: a parent types on 866-875-9975, reads the past-due balance the
 * ledger holds and asks for a new PIN letter, in each language, as a Baudot TDD shows the text
 * (capitals, Bengali romanised) and as a real-time-text client does (UTF-8).
 */
@Tag("asterisk")
@ExtendWith(RealAsterisk.class)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(value = RealAsterisk.CLOSED_SWITCH, mode = ResourceAccessMode.READ)
class TtyCallsTest {
    private final RealAsterisk line = RealAsterisk.line();
    private final LineFacts facts = line.facts();

    @ParameterizedTest
    @CsvSource({"baudot, 1, ENGLISH, 20", "baudot, 2, BENGALI, 21", "baudot, 3, ALBANIAN, 22",
            "utf8, 1, ENGLISH, 23", "utf8, 2, BENGALI, 24", "utf8, 3, ALBANIAN, 25"})
    void aParentReadsThePastDueBalanceAndAsksForANewPinLetter(String profile, String key, Language language,
                                                             int caseIndex) throws Exception {
        DemoCase demoCase = facts.demoCase(caseIndex);
        DemoPerson parent = demoCase.noncustodial();
        TextProfile shows = TextProfile.named(profile);
        try (TestCall call = line.call(CallPlan.tty(profile).from("71855502" + caseIndex))) {
            call.type(key).type("1");
            // People type case numbers the way they are printed.
            String number = LineFacts.caseNumber(demoCase);
            call.type(number.substring(0, 3) + "-" + number.substring(3, 6) + "-" + number.substring(6));
            call.type(LineFacts.pin(parent));
            call.type("2");
            call.type("9");
            call.type("2");
            call.type(number);
            call.type(LineFacts.birthDate(parent));
            call.type(LineFacts.zip(parent));
            call.await(e -> e.isCommand("RECEIVE TEXT"), "the question after the letter");
            call.hangUp();

            String read = String.join(" ", call.textRead()).replaceAll("\\s+", " ");
            assertThat(read).contains(shows.render(facts.text(facts.pastDue(demoCase), language)));
            assertThat(facts.letterQueued().stream().map(p -> shows.render(facts.text(p, language))))
                    .as("read that the letter is on its way, in: %s", read)
                    .anyMatch(read::contains);
            assertThat(facts.letterRequests(parent)).containsExactly("tty");
            assertThat(read).as("every turn ends with GA (go ahead)").contains(" GA ");
            if (profile.equals("baudot")) {
                assertThat(read).as("a Baudot TDD shows capitals, digits and a little punctuation only")
                        .matches("[A-Z0-9 $.,:;'()?!/&\"#-]+");
            }
        }
    }
}
