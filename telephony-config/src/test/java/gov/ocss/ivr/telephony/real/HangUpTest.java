package gov.ocss.ivr.telephony.real;

import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.demo.DemoCase;
import gov.ocss.ivr.demo.DemoPerson;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A caller who hangs up in the middle of a prompt, on a real Asterisk: the call's audit record says
 * so, nothing is half-written (no letter requested from half a request), and the server logs no error.
 */
@Tag("asterisk")
@ExtendWith(RealAsterisk.class)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(value = RealAsterisk.CLOSED_SWITCH, mode = ResourceAccessMode.READ)
class HangUpTest {
    private final RealAsterisk line = RealAsterisk.line();
    private final LineFacts facts = line.facts();

    @Test
    void aVerifiedCallerWhoHangsUpDuringAPromptIsAuditedAsHungUp() throws Exception {
        DemoCase demoCase = facts.demoCase(30);
        try (TestCall call = line.call(CallPlan.helpline())) {
            call.answer("1").answer("1");
            call.answer(LineFacts.caseNumber(demoCase));
            call.answer(LineFacts.pin(demoCase.noncustodial()));
            call.await(TestCall::plays, "the prompt after the PIN");
            call.hangUp();

            Map<String, Object> audit = auditOf(call.lineUniqueId());
            assertThat(audit.get("end_reason")).isEqualTo("caller_hung_up");
            assertThat(audit.get("case_id")).isEqualTo(facts.supportCase(demoCase).id());
            assertThat(audit.get("ended_at")).isNotNull();
            assertNoErrorLoggedFor(call.lineUniqueId());
        }
    }

    @Test
    void aCallerWhoHangsUpHalfWayThroughAPinLetterRequestHasNoLetterQueued() throws Exception {
        DemoCase demoCase = facts.demoCase(31);
        DemoPerson parent = demoCase.custodial();
        try (TestCall call = line.call(CallPlan.helpline())) {
            call.answer("1").answer("2");
            call.answer(LineFacts.caseNumber(demoCase));
            call.answer(LineFacts.birthDate(parent));
            call.await(TestCall::plays, "the ZIP code question");
            call.hangUp();

            assertThat(auditOf(call.lineUniqueId()).get("end_reason")).isEqualTo("caller_hung_up");
            assertThat(facts.letterRequests(parent)).isEmpty();
            assertNoErrorLoggedFor(call.lineUniqueId());
        }
    }

    /** The call's one audit record, once the server has written it. */
    private Map<String, Object> auditOf(String callId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            List<Map<String, Object>> rows = facts.jdbi().withHandle(h -> h.createQuery(
                    "select end_reason, case_id, ended_at from ivr.call_audit where call_id = :call")
                    .bind("call", callId).mapToMap().list());
            assertThat(rows).as("audit records of call %s", callId).hasSizeLessThanOrEqualTo(1);
            Optional<Map<String, Object>> row = rows.stream().findFirst();
            if (row.isPresent()) {
                return row.get();
            }
            assertThat(System.nanoTime()).as("the audit record of call %s is written", callId).isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private void assertNoErrorLoggedFor(String callId) {
        assertThat(line.server().log()).noneMatch(l -> l.contains(" ERROR ") && l.contains(callId));
    }
}
