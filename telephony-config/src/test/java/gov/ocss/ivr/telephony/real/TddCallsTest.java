package gov.ocss.ivr.telephony.real;

import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.demo.DemoCase;
import gov.ocss.ivr.demo.DemoPerson;
import gov.ocss.ivr.presenter.TextProfile;
import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.prompts.Prompt;
import java.time.Duration;
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
 * A parent at a TDD calls 866-875-9975 over a line that carries only audio, as every SIP call
 * does: the Baudot tones are the call's sound, the server makes and hears them itself through
 * AudioSocket, and the parent's TDD is minimodem, on the far end of a real Asterisk.
 */
@Tag("asterisk")
@ExtendWith(RealAsterisk.class)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(value = RealAsterisk.CLOSED_SWITCH, mode = ResourceAccessMode.READ)
class TddCallsTest {
    private static final Duration CALL_ENDS = Duration.ofSeconds(120);
    private final RealAsterisk line = RealAsterisk.line();
    private final LineFacts facts = line.facts();

    @ParameterizedTest
    @CsvSource({"1, ENGLISH, 26", "2, BENGALI, 27", "3, ALBANIAN, 28"})
    void aParentAtATddReadsThePastDueBalance(String key, Language language, int caseIndex) throws Exception {
        DemoCase demoCase = facts.demoCase(caseIndex);
        DemoPerson parent = demoCase.noncustodial();
        try (TddCaller tdd = line.tddCall(CallPlan.tty("tones").from("71855503" + caseIndex))) {
            // The parent knows the menu and types their language while the line is still sending it.
            tdd.awaitPrintedLength(40);
            tdd.type(key + " GA");
            tdd.awaitGoAhead();
            tdd.type("1 GA");
            tdd.awaitGoAhead();
            String number = LineFacts.caseNumber(demoCase);
            tdd.type(number.substring(0, 3) + "-" + number.substring(3, 6) + "-" + number.substring(6) + " GA");
            tdd.awaitGoAhead();
            tdd.type(LineFacts.pin(parent) + " GA");
            tdd.awaitGoAhead();
            tdd.type("2 GA");
            String pastDue = shown(facts.text(facts.pastDue(demoCase), language));
            tdd.awaitPrinted(pastDue, "the past-due balance");
            tdd.hangUp();
            tdd.awaitEnd(CALL_ENDS);

            assertThat(tdd.printed()).as("the line stopped the language menu when the parent typed over it")
                    .doesNotContain(shown(facts.text(Prompt.of("language.menu"), Language.ENGLISH)));
            assertThat(tdd.printed()).as("a Baudot TDD shows capitals, digits and a little punctuation only")
                    .matches("[A-Z0-9 $.,:;'()?!/&\"#-]+");
        }
    }

    @Test
    void aParentAtATddWhoAsksForAPersonIsPutThroughWithTheirLanguage() throws Exception {
        String number = "7185550331";
        try (TddCaller tdd = line.tddCall(CallPlan.tty("tones").from(number))) {
            tdd.awaitGoAhead();
            tdd.type("2 GA");
            tdd.awaitGoAhead();
            tdd.type("AGENT GA");
            tdd.awaitPrinted(shown(facts.text(Prompt.of("representative.transfer"), Language.BENGALI)), "that a person comes on");
            tdd.awaitEnd(CALL_ENDS);

            assertThat(line.robots().agentCallsFrom(number)).as("the agent's phone shows why and in which language")
                    .singleElement().satisfies(agent -> {
                        assertThat(agent.language()).isEqualTo("bn");
                        assertThat(agent.reason()).isEqualTo("asked");
                    });
        }
    }

    private static String shown(String text) {
        return TextProfile.TONES.render(text).replaceAll("\\s+", " ");
    }
}
