package gov.ocss.ivr.helpline;

import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.call.DialplanVariables;
import gov.ocss.ivr.call.Ending;
import gov.ocss.ivr.caller.Line;
import gov.ocss.ivr.demo.DemoCase;
import gov.ocss.ivr.demo.DemoPerson;
import gov.ocss.ivr.demo.Showcase;
import gov.ocss.ivr.demo.ShowcaseCase;
import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.simulator.CallRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The input rules hold at every question of the line, on both lines: star (R on the TTY) says the
 * question again, and 0 asks for a person, who answers during office hours.
 */
class EveryQuestionTest {
    private static final DemoLine LINE = DemoLine.duringOfficeHours();
    private static final ShowcaseCase CUSTODIAL = LINE.showcase(Showcase.ON_TWO_CASES_AS_CUSTODIAL);
    private static final ShowcaseCase NONCUSTODIAL = LINE.showcase(Showcase.NONCUSTODIAL_WITH_ARREARS);

    /** Each question of the line, the sound it opens with, and the way a caller gets to it. */
    enum Question {
        LANGUAGE_MENU(Walk.LANGUAGE_MENU, walk -> walk),
        MAIN_MENU(Walk.MAIN_MENU, walk -> walk.chooseLanguage(Language.ENGLISH)),
        CASE_NUMBER(Walk.CASE_NUMBER, walk -> walk.chooseLanguage(Language.ENGLISH).answer(Walk.MAIN_MENU, "1")),
        PIN(Walk.PIN, walk -> walk.chooseLanguage(Language.ENGLISH).answer(Walk.MAIN_MENU, "1")
                .answer(Walk.CASE_NUMBER, CUSTODIAL.supportCase().caseNumber().digits())),
        CUSTODIAL_MENU(Walk.CUSTODIAL_MENU, walk -> walk.chooseLanguage(Language.ENGLISH)
                .verify(CUSTODIAL.supportCase(), CUSTODIAL.caller())),
        NONCUSTODIAL_MENU(Walk.NONCUSTODIAL_MENU, walk -> walk.chooseLanguage(Language.ENGLISH)
                .verify(NONCUSTODIAL.supportCase(), NONCUSTODIAL.caller())),
        MORE(Walk.MORE, walk -> {
            DemoCase weekly = LINE.caseWithWeeklyPayments();
            return walk.chooseLanguage(Language.ENGLISH).verify(weekly, weekly.custodial()).answer(Walk.CUSTODIAL_MENU, "2");
        }),
        NEXT_STEP_MENU(Walk.NEXT_MENU, walk -> {
            walk.chooseLanguage(Language.ENGLISH).answer(Walk.MAIN_MENU, "1");
            // A case of its own each time: wrong PINs count towards a lock.
            String caseNumber = LINE.caseOfItsOwn().caseNumber().digits();
            for (int attempt = 0; attempt < 3; attempt++) {
                walk.answer(Walk.CASE_NUMBER, caseNumber).answer(Walk.PIN, "11111");
            }
            return walk;
        }),
        REMAIL_CASE_NUMBER(Walk.CASE_NUMBER, walk -> walk.chooseLanguage(Language.ENGLISH).answer(Walk.MAIN_MENU, "2")),
        REMAIL_BIRTH_DATE(Walk.BIRTH_DATE, walk -> walk.chooseLanguage(Language.ENGLISH).answer(Walk.MAIN_MENU, "2")
                .answer(Walk.CASE_NUMBER, CUSTODIAL.supportCase().caseNumber().digits())),
        REMAIL_ZIP(Walk.ZIP, walk -> walk.chooseLanguage(Language.ENGLISH).answer(Walk.MAIN_MENU, "2")
                .answer(Walk.CASE_NUMBER, CUSTODIAL.supportCase().caseNumber().digits())
                .answer(Walk.BIRTH_DATE, birthDate(CUSTODIAL.caller())));

        private final String sound;
        private final Function<Walk, Walk> toIt;

        Question(String sound, Function<Walk, Walk> toIt) {
            this.sound = sound;
            this.toIt = toIt;
        }

        Walk walkTo(Line line) {
            return toIt.apply(Walk.on(line));
        }

        Walk walkTo(Walk walk) {
            return toIt.apply(walk);
        }
    }

    static Stream<Arguments> everyQuestionOnBothLines() {
        List<Arguments> all = new ArrayList<>();
        for (Question question : Question.values()) {
            for (Line line : Line.values()) {
                all.add(Arguments.of(question, line));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} on the {1} line")
    @MethodSource("everyQuestionOnBothLines")
    void starSaysTheQuestionAgain(Question question, Line line) {
        Walk walk = question.walkTo(line).answer(question.sound, line.isText() ? "R" : "*").hangUpAt(question.sound);

        CallRecord call = LINE.call(walk.setup(), walk.caller());

        assertThat(walk.caller().pendingSteps()).isEmpty();
        if (line.isText()) {
            List<String> turns = List.of(DemoLine.read(call).split(" ?GA ?"));
            assertThat(turns.get(turns.size() - 2)).as("the question, then the same again").endsWith(turns.get(turns.size() - 1));
        } else {
            assertThat(call.soundsHeard()).filteredOn(sound -> sound.endsWith("/" + question.sound)).hasSize(2);
        }
        assertThat(DemoLine.received(call)).doesNotContain("Sorry, I did not get that", "Sorry, we did not understand that");
        assertThat(LINE.auditOf(call).endReason()).isEqualTo("caller_hung_up");
    }

    @ParameterizedTest(name = "{0} on the {1} line")
    @MethodSource("everyQuestionOnBothLines")
    void zeroPutsTheCallerThroughToARepresentativeDuringOfficeHours(Question question, Line line) {
        Walk walk = question.walkTo(line).answer(question.sound, "0");

        CallRecord call = LINE.call(walk.setup(), walk.caller());

        assertThat(walk.caller().pendingSteps()).isEmpty();
        assertThat(DemoLine.received(call)).endsWith(line.isText()
                ? "Please wait. We are connecting you with a representative."
                : "Please hold. We are connecting you with a representative.");
        assertThat(call.variable(DialplanVariables.NEXT)).hasValue(DialplanVariables.NEXT_AGENT);
        assertThat(call.variable(DialplanVariables.REASON)).hasValue(question == Question.NEXT_STEP_MENU
                ? Ending.NEEDS_HELP.dialplanReason().orElseThrow() : Ending.ASKED_FOR_PERSON.dialplanReason().orElseThrow());
        assertThat(call.variable(DialplanVariables.LANGUAGE)).hasValue("en");
        assertThat(call.variable(DialplanVariables.LINE)).hasValue(line.scriptName());
        assertThat(call.serverHungUp()).as("the dialplan goes on to the agents' queue").isFalse();
        DemoLine.Audit audit = LINE.auditOf(call);
        assertThat(audit.transfer()).isEqualTo("queued");
        assertThat(audit.endReason()).isEqualTo("transferred");
    }

    /**
     * A Bengali reader on a text channel types every answer on the way, and ০ at the question, with
     * Bengali digits: each question on the way took its answer (a wrong one would be refused and end
     * the walk elsewhere), and the last one puts them through to a person, in Bengali.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Question.class)
    void aTextCallerMayTypeEveryAnswerInBengaliDigits(Question question) {
        Walk walk = question.walkTo(Walk.bengaliTyping()).answer(question.sound, "0");

        CallRecord call = LINE.call(walk.setup(), walk.caller());

        assertThat(walk.caller().pendingSteps()).isEmpty();
        assertThat(DemoLine.received(call)).doesNotContain("দুঃখিত, আমরা বুঝতে পারিনি", "Sorry, we did not understand that")
                .endsWith(question == Question.LANGUAGE_MENU
                        ? "Please wait. We are connecting you with a representative."
                        : "অনুগ্রহ করে অপেক্ষা করুন। আমরা আপনাকে একজন প্রতিনিধির সঙ্গে যুক্ত করছি।");
        assertThat(call.variable(DialplanVariables.NEXT)).hasValue(DialplanVariables.NEXT_AGENT);
        assertThat(LINE.auditOf(call).endReason()).isEqualTo("transferred");
    }

    static String birthDate(DemoPerson person) {
        return String.format("%02d%02d%04d", person.dateOfBirth().getMonthValue(), person.dateOfBirth().getDayOfMonth(),
                person.dateOfBirth().getYear());
    }
}
