package gov.ocss.ivr.helpline;

import static gov.ocss.ivr.helpline.Walk.MAIN_MENU;
import static gov.ocss.ivr.helpline.Walk.NEXT_MENU;
import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.call.DialplanVariables;
import gov.ocss.ivr.call.Ending;
import gov.ocss.ivr.caller.Line;
import gov.ocss.ivr.demo.DemoCase;
import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.simulator.CallRecord;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A case whose phone access is locked ({@code ivr.account_lock}, as the lockout across calls will
 * leave it): even the right PIN gets the locked message, then the choice of the main menu, a person
 * or goodbye. Coming back for the account later in the call checks no PIN again.
 */
class LockedAccountTest {
    private static final DemoLine LINE = DemoLine.duringOfficeHours();
    private static final DemoCase LOCKED = LINE.caseOfItsOwn();

    private static final DemoLine SUNDAY = DemoLine.onASunday();

    @BeforeAll
    static void lockTheAccount() {
        lock(LINE, LOCKED);
    }

    private static void lock(DemoLine line, DemoCase locked) {
        Instant now = Instant.now();
        line.jdbi().useHandle(h -> h.createUpdate("""
                        insert into ivr.account_lock (case_id, locked_until, lock_count, locked_at)
                        values (:case, :until, 1, :at)""")
                .bind("case", locked.id())
                // The server's clock is set to a day of this month; a month either way covers it.
                .bind("until", now.plus(31, ChronoUnit.DAYS))
                .bind("at", now.minus(31, ChronoUnit.DAYS))
                .execute());
    }

    @Test
    void theRightPinOnALockedAccountHearsItIsLockedAndIsPutThroughOnZero() {
        Walk walk = Walk.on(Line.HELPLINE).chooseLanguage(Language.ENGLISH)
                .verify(LOCKED, LOCKED.noncustodial()).answer(NEXT_MENU, "0");

        CallRecord call = LINE.call(walk.setup(), walk.caller());

        assertThat(walk.caller().pendingSteps()).isEmpty();
        assertThat(DemoLine.heard(call)).containsSubsequence(
                        "For your security, phone access to this account is locked for now.",
                        "For the main menu, press 1. To speak with a representative, press 0. To end this call, press 9.",
                        "Please hold. We are connecting you with a representative.")
                .doesNotContain("Your identity is verified");
        assertThat(call.variables()).containsEntry(DialplanVariables.NEXT, DialplanVariables.NEXT_AGENT)
                .containsEntry(DialplanVariables.REASON, Ending.NEEDS_HELP.dialplanReason().orElseThrow());
        assertThat(LINE.auditOf(call)).hasToString("helpline en locked - [] remail=- transfer=queued transferred");
    }

    @Test
    void aTtyCallerOnALockedAccountWhoComesBackForItIsToldAgainAndPutThroughWithoutKeyingAnotherPin() {
        Walk walk = Walk.on(Line.TTY).chooseLanguage(Language.ALBANIAN)
                .verify(LOCKED, LOCKED.custodial()).answer(NEXT_MENU, "1")
                .answer(MAIN_MENU, "1");

        CallRecord call = LINE.call(walk.setup(), walk.caller());

        assertThat(walk.caller().pendingSteps()).isEmpty();
        String read = DemoLine.read(call);
        assertThat(read.split("Për sigurinë tuaj, qasja me telefon në këtë llogari është e bllokuar për momentin.", -1))
                .as("told twice").hasSize(3);
        assertThat(read.split("numrin 10-shifror të çështjes suaj", -1)).as("asked for the case number once").hasSize(2);
        assertThat(call.variables()).containsEntry(DialplanVariables.NEXT, DialplanVariables.NEXT_AGENT)
                .containsEntry(DialplanVariables.REASON, Ending.NEEDS_HELP.dialplanReason().orElseThrow());
        assertThat(LINE.auditOf(call)).hasToString("tty sq locked - [] remail=- transfer=queued transferred");
        assertThat(attemptsOnTheLockedCase(call)).as("one PIN check, not two").isEqualTo(1);
    }

    @Test
    void onASundayALockedCallerWhoComesBackForTheirAccountHearsTheHoursAndGoodbye() {
        DemoCase locked = SUNDAY.caseOfItsOwn();
        lock(SUNDAY, locked);
        Walk walk = Walk.on(Line.HELPLINE).chooseLanguage(Language.ENGLISH)
                .verify(locked, locked.noncustodial()).answer(NEXT_MENU, "1")
                .answer(MAIN_MENU, "1");

        CallRecord call = SUNDAY.call(walk.setup(), walk.caller());

        assertThat(walk.caller().pendingSteps()).isEmpty();
        String heard = DemoLine.heard(call);
        assertThat(heard.split("phone access to this account is locked", -1)).as("told twice").hasSize(3);
        assertThat(heard.split("Please enter your 10-digit case number", -1)).as("asked for the case number once").hasSize(2);
        assertThat(heard).contains("Our representatives are not available right now.").endsWith("Thank you for calling. Goodbye.");
        assertThat(call.variable(DialplanVariables.NEXT)).hasValue(DialplanVariables.NEXT_HANGUP);
    }

    private static long attemptsOnTheLockedCase(CallRecord call) {
        return LINE.jdbi().withHandle(h -> h.createQuery("select count(*) from ivr.pin_attempt where case_id = :case and call_id = :call")
                .bind("case", LOCKED.id()).bind("call", call.uniqueId()).mapTo(Long.class).one());
    }
}
