package gov.ocss.ivr.helpline;

import static gov.ocss.ivr.helpline.Walk.MAIN_MENU;
import static gov.ocss.ivr.helpline.Walk.NONCUSTODIAL_MENU;
import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.caller.Line;
import gov.ocss.ivr.demo.DemoCase;
import gov.ocss.ivr.demo.DemoPerson;
import gov.ocss.ivr.demo.Showcase;
import gov.ocss.ivr.demo.ShowcaseCase;
import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.simulator.CallRecord;
import gov.ocss.ivr.simulator.ScriptedCaller;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Each call leaves one record in {@code ivr.call_audit}: line, language, verification and role,
 * which kinds of information were given, the remail and transfer outcomes, how it ended, when. It
 * never holds what the caller keyed, and neither does the log. (DemoLine checks the one record and
 * its digit-free text for every call of every test; these calls check what it says.)
 */
@ExtendWith(OutputCaptureExtension.class)
class CallAuditTest {
    private static final DemoLine OPEN = DemoLine.duringOfficeHours();
    private static final DemoLine CLOSED = DemoLine.onASunday();

    @Test
    void aCallWithEverythingInItIsRecordedAsCodesAndNeverWithWhatWasKeyed(CapturedOutput output) {
        DemoCase supportCase = OPEN.caseOfItsOwn();
        DemoPerson parent = supportCase.custodial();
        String birthDate = EveryQuestionTest.birthDate(parent);
        Walk walk = Walk.on(Line.TTY).chooseLanguage(Language.BENGALI)
                .answer(MAIN_MENU, "2")
                .answer(Walk.CASE_NUMBER, supportCase.caseNumber().digits())
                .answer(Walk.BIRTH_DATE, birthDate)
                .answer(Walk.ZIP, parent.address().zip())
                .verify(supportCase, parent)
                .answer(Walk.CUSTODIAL_MENU, "3").answer(Walk.CUSTODIAL_MENU, "5").answer(Walk.CUSTODIAL_MENU, "0");

        CallRecord call = OPEN.call(walk.setup(), walk.caller());

        assertThat(walk.caller().pendingSteps()).isEmpty();
        DemoLine.Audit audit = OPEN.auditOf(call);
        assertThat(audit).hasToString("tty bn verified CUSTODIAL [ACCOUNT_SUMMARY OFFICE_CONTACT] remail=queued transfer=queued transferred");
        assertThat(audit.caseId()).isEqualTo(supportCase.id());
        String wholeRecord = OPEN.jdbi().withHandle(h -> h.createQuery("""
                        select (to_jsonb(a) - 'id' - 'call_id' - 'case_id' - 'started_at' - 'ended_at')::text
                          from ivr.call_audit a where call_id = :id""")
                .bind("id", call.uniqueId()).mapTo(String.class).one());
        assertThat(wholeRecord).doesNotContainPattern("[0-9]");
        Secrets keyed = new Secrets().add("the case number", supportCase.caseNumber().digits()).add("the PIN", parent.pin().digits())
                .add("the date of birth", birthDate).add("the ZIP code", parent.address().zip());
        // Found by name: doesNotContain would print the log and the secrets it found.
        assertThat(keyed.foundIn("the log", output.getAll())).as("what was keyed, in the log").isEmpty();
    }

    @Test
    void aCallerSilentAtTheCaseNumberOnASundayHasGivenUpOnVerifying() {
        Walk walk = Walk.on(Line.HELPLINE).chooseLanguage(Language.ALBANIAN).answer(MAIN_MENU, "1");

        CallRecord call = CLOSED.call(walk.setup(), walk.caller());

        assertThat(DemoLine.heard(call)).endsWith("Faleminderit që telefonuat. Mirupafshim.");
        assertThat(CLOSED.auditOf(call)).hasToString("helpline sq gave_up - [] remail=- transfer=closed gave_up");
    }

    @Test
    void aPinLetterRequestedTwiceAndOneNotConfirmedAreRecordedAsSuch() {
        DemoCase supportCase = OPEN.caseOfItsOwn();
        DemoPerson parent = supportCase.noncustodial();

        DemoLine.Audit first = OPEN.auditOf(OPEN.call(Walk.on(Line.HELPLINE).setup(), remail(supportCase, parent, parent.address().zip())));
        DemoLine.Audit second = OPEN.auditOf(OPEN.call(Walk.on(Line.HELPLINE).setup(), remail(supportCase, parent, parent.address().zip())));
        DemoLine.Audit wrongZip = OPEN.auditOf(OPEN.call(Walk.on(Line.HELPLINE).setup(), remail(supportCase, parent, "00000")));

        assertThat(List.of(first.remail(), second.remail(), wrongZip.remail()))
                .containsExactly("queued", "already_requested", "not_confirmed");
        assertThat(first.verification()).isEqualTo("not_attempted");
    }

    @Test
    void theDurationIsTheTimeFromAnswerToHangUp() {
        ShowcaseCase parent = OPEN.showcase(Showcase.NONCUSTODIAL_WITH_ARREARS);
        Walk walk = Walk.on(Line.HELPLINE).chooseLanguage(Language.ENGLISH).verify(parent.supportCase(), parent.caller())
                .answer(NONCUSTODIAL_MENU, "9").hangUpAt(MAIN_MENU);

        DemoLine.Audit audit = OPEN.auditOf(OPEN.call(walk.setup(), walk.caller()));

        // The simulator plays no sound in real time, so a whole call takes well under a minute.
        assertThat(audit.seconds()).isBetween(0.0, 60.0);
    }

    private static ScriptedCaller remail(DemoCase supportCase, DemoPerson parent, String zip) {
        return Walk.on(Line.HELPLINE).chooseLanguage(Language.ENGLISH)
                .answer(MAIN_MENU, "2")
                .answer(Walk.CASE_NUMBER, supportCase.caseNumber().digits())
                .answer(Walk.BIRTH_DATE, EveryQuestionTest.birthDate(parent))
                .answer(Walk.ZIP, zip)
                .hangUpAt("00000".equals(zip) ? Walk.NEXT_MENU : MAIN_MENU)
                .caller();
    }
}
