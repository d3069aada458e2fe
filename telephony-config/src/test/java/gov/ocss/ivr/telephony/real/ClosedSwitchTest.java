package gov.ocss.ivr.telephony.real;

import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.load.ChildJvm;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The "closed today" switch an operator sets on a snow day ({@code database put ocss closed yes}), on a
 * real Asterisk: whatever the hours, nobody is queued for an agent, and callers hear when to call.
 * The switch is Asterisk-wide: no test that queues callers runs meanwhile.
 */
@Tag("asterisk")
@ExtendWith(RealAsterisk.class)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(value = RealAsterisk.CLOSED_SWITCH, mode = ResourceAccessMode.READ_WRITE)
class ClosedSwitchTest {
    private final RealAsterisk line = RealAsterisk.line();

    @BeforeAll
    static void closeTheAgency() {
        assertThat(RealAsterisk.line().asterisk().cli("database put ocss closed yes")).contains("Updated database successfully");
    }

    @AfterAll
    static void openAgain() {
        RealAsterisk.line().asterisk().cli("database del ocss closed");
    }

    @Test
    void aCallerWhoAsksForAPersonOnAClosedDayHearsWhenToCallAndIsNotQueued() throws Exception {
        String number = "7185550401";
        try (TestCall call = line.call(CallPlan.helpline().from(number))) {
            call.answer("1").answer("0");
            call.awaitSound("en/ocss/dialplan-agents_closed");
            call.awaitEnd(Duration.ofSeconds(60));
            assertThat(call.lineEvents()).noneMatch(e -> e.kind() == AsteriskLog.Kind.APPLICATION && e.text().equals("Queue"));
            assertThat(line.robots().agentCallsFrom(number)).isEmpty();
        }
    }

    @Test
    void whenTheServerIsDownOnAClosedDayCallersHearItInThreeLanguagesAndWhenToCall() throws Exception {
        try (TestCall call = line.call(CallPlan.helpline().server("agi://127.0.0.1:" + ChildJvm.freePort()))) {
            call.awaitEnd(Duration.ofSeconds(60));
            assertThat(call.soundsPlayed()).containsExactly("en/ocss/dialplan-unavailable_closed",
                    "bn/ocss/dialplan-unavailable_closed", "sq/ocss/dialplan-unavailable_closed");
        }
    }
}
