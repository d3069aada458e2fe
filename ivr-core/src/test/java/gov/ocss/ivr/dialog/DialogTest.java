package gov.ocss.ivr.dialog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.prompts.Prompt;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The input rules, against a presenter that plays a caller's turns from a list. */
class DialogTest {
    private static final Prompt CASE_NUMBER = Prompt.of("verify.case_number");
    private static final Prompt CASE_NUMBER_HELP = Prompt.of("verify.case_number.help");
    private static final Question FIVE_DIGITS = Question.digits(CASE_NUMBER, CASE_NUMBER_HELP, 5, 5);

    private final Caller caller = new Caller();
    private final Dialog dialog = new Dialog(caller, Language.ENGLISH);

    @Test
    void aValidAnswerOnTheFirstTryIsGiven() {
        caller.keys("12345");
        assertThat(dialog.ask(FIVE_DIGITS)).isEqualTo(new Answer.Given<>("12345"));
        assertThat(caller.heard).containsExactly("verify.case_number");
    }

    @Test
    void aKeyPressedDuringAnAnnouncementStartsTheNextAnswerAndSkipsItsQuestion() {
        caller.pressDuring("welcome", '1');
        caller.keys("12345");
        dialog.say(Prompt.of("welcome"));
        assertThat(dialog.ask(FIVE_DIGITS)).isEqualTo(new Answer.Given<>("12345"));
        assertThat(caller.heard).containsExactly("welcome");
        assertThat(caller.typedAheadSeen).containsExactly('1');
    }

    @Test
    void starRepeatsTheQuestionWithoutCountingATry() {
        caller.keys("*");
        caller.keys("*");
        caller.keys("*");
        caller.keys("54321");
        assertThat(dialog.ask(FIVE_DIGITS)).isEqualTo(new Answer.Given<>("54321"));
        assertThat(caller.heard).containsExactly("verify.case_number", "verify.case_number", "verify.case_number", "verify.case_number");
    }

    @Test
    void digitsOfOtherScriptsAreNotAnAnswerToADigitsQuestion() {
        // The presenters make a text caller's digits ASCII (TypedAnswer); the dialog itself takes 0-9
        // only, so digits that reached it some other way are not read as keys.
        caller.keys("\u09e7\u09e8\u09e9\u09ea\u09eb");
        caller.keys("\u0661\u0662\u0663\u0664\u0665");
        caller.keys("\uff11\uff12\uff13\uff14\uff15");
        assertThat(dialog.ask(FIVE_DIGITS)).isEqualTo(new Answer.GaveUp<>(Answer.Reason.NO_MATCH));
    }

    @Test
    void zeroAsksForARepresentative() {
        caller.keys("0");
        assertThat(dialog.ask(FIVE_DIGITS)).isEqualTo(new Answer.Representative<>());
    }

    @Test
    void wrongAnswersGetSorryThenTheFullerExplanationThenTheDialogGivesUp() {
        caller.keys("123");
        caller.keys("9");
        caller.keys("12");
        assertThat(dialog.ask(FIVE_DIGITS)).isEqualTo(new Answer.GaveUp<>(Answer.Reason.NO_MATCH));
        assertThat(caller.heard).containsExactly(
                "verify.case_number",
                DialogPrompts.NOT_UNDERSTOOD, "verify.case_number",
                DialogPrompts.NOT_UNDERSTOOD, "verify.case_number.help");
    }

    @Test
    void aSilentCallerIsAskedWhetherTheyNeedMoreTimeBeforeTheDialogGivesUp() {
        caller.silence();
        caller.silence();
        caller.silence();
        caller.keys("1");
        caller.keys("12345");
        assertThat(dialog.ask(FIVE_DIGITS)).isEqualTo(new Answer.Given<>("12345"));
        assertThat(caller.heard).containsExactly(
                "verify.case_number",
                DialogPrompts.NOT_HEARD, "verify.case_number",
                DialogPrompts.NOT_HEARD, "verify.case_number.help",
                DialogPrompts.MORE_TIME,
                "verify.case_number");
    }

    @Test
    void moreTimeIsOfferedOnceAndSilenceAfterItEndsTheQuestion() {
        for (int i = 0; i < 3; i++) {
            caller.silence();
        }
        caller.silence();
        assertThat(dialog.ask(FIVE_DIGITS)).isEqualTo(new Answer.GaveUp<>(Answer.Reason.NO_INPUT));
        assertThat(caller.heard).endsWith(DialogPrompts.MORE_TIME);
        assertThat(caller.heard).filteredOn(DialogPrompts.MORE_TIME::equals).hasSize(1);
    }

    @Test
    void theValidationHookRejectsAnAnswerOfTheRightLength() {
        Question evenOnly = FIVE_DIGITS.validatedBy(keys -> (keys.charAt(4) - '0') % 2 == 0);
        caller.keys("12345");
        caller.keys("12346");
        assertThat(dialog.ask(evenOnly)).isEqualTo(new Answer.Given<>("12346"));
        assertThat(caller.heard).contains(DialogPrompts.NOT_UNDERSTOOD);
    }

    @Test
    void aMenuGivesTheChosenValueAndRejectsAKeyWithNoChoice() {
        Menu<Language> languages = Menu.<Language>of(Prompt.of("menu.language"), Prompt.of("menu.language.help"))
                .choice('1', Language.ENGLISH)
                .choice('2', Language.BENGALI)
                .choice('3', Language.ALBANIAN);
        caller.keys("7");
        caller.keys("3");
        assertThat(dialog.menu(languages)).isEqualTo(new Answer.Given<>(Language.ALBANIAN));
        assertThat(caller.heard).containsExactly("menu.language", DialogPrompts.NOT_UNDERSTOOD, "menu.language");
    }

    @Test
    void zeroInAMenuIsARepresentative() {
        Menu<String> menu = Menu.<String>of(Prompt.of("menu.main"), Prompt.of("menu.main.help")).choice('1', "account");
        caller.keys("0");
        assertThat(dialog.menu(menu)).isEqualTo(new Answer.Representative<>());
    }

    @Test
    void theChosenLanguageIsUsedForEverythingAfter() {
        dialog.useLanguage(Language.BENGALI);
        dialog.say(Prompt.of("goodbye"));
        assertThat(caller.channelLanguage).isEqualTo(Language.BENGALI);
        assertThat(caller.heardIn).containsExactly(Language.BENGALI);
    }

    @Test
    void aGivenAnswerNeverPrintsTheKeysItHolds() {
        // No digit of the PIN is the count of its keys, so any digit of it printed would show.
        Answer<String> pin = new Answer.Given<>("98761");
        assertThat(pin.toString()).doesNotContain("9", "8", "7", "6", "1").contains("5 keys");
        assertThat(new Answer.Given<>(Language.BENGALI)).hasToString("Given[BENGALI]");
    }

    @Test
    void zeroUnderAMenuThatComesBackIsTheWayOutsAndWhenNobodyIsThereThatMenuComesBack() {
        Menu<String> main = Menu.<String>of(Prompt.of("menu.main"), Prompt.of("menu.main.help")).choice('1', "account").choice('9', "done");
        List<String> wayOut = new ArrayList<>();
        dialog.useWayOut(new WayOut() {
            @Override
            public void personAsked() {
                wayOut.add("person");
            }

            @Override
            public void gaveUp() {
                wayOut.add("gave up");
            }
        });
        caller.keys("1");
        caller.keys("0");
        caller.keys("9");
        List<String> answered = new ArrayList<>();

        dialog.keepAsking(main, choice -> {
            if (choice.equals("account")) {
                answered.add(dialog.answer(FIVE_DIGITS));
            }
            return !choice.equals("done");
        });

        assertThat(wayOut).containsExactly("person");
        assertThat(answered).isEmpty();
        assertThat(caller.heard).containsExactly("menu.main", "verify.case_number", "menu.main");
    }

    @Test
    void givingUpUnderAMenuThatComesBackIsTheWayOuts() {
        Menu<String> main = Menu.<String>of(Prompt.of("menu.main"), Prompt.of("menu.main.help")).choice('1', "account");
        List<String> wayOut = new ArrayList<>();
        dialog.useWayOut(new WayOut() {
            @Override
            public void personAsked() {
                wayOut.add("person");
            }

            @Override
            public void gaveUp() {
                wayOut.add("gave up");
                throw new IllegalStateException("left the line");
            }
        });
        caller.keys("7");
        caller.keys("7");
        caller.keys("7");

        assertThatThrownBy(() -> dialog.keepAsking(main, choice -> true)).hasMessage("left the line");
        assertThat(wayOut).containsExactly("gave up");
    }

    @Test
    void aMenuWithAFallbackGivesItWhenTheCallerGivesUp() {
        Menu<Optional<Language>> languages = Menu.<Optional<Language>>of(Prompt.of("menu.language"), Prompt.of("menu.language"))
                .choice('1', Optional.of(Language.ENGLISH)).orElse(Optional.empty());
        caller.keys("7");
        caller.keys("7");
        caller.keys("7");
        assertThat(dialog.choose(languages)).isEmpty();
    }

    @Test
    void aMenuThatNamesZeroGetsItAsAChoice() {
        Menu<String> next = Menu.<String>of(Prompt.of("menu.next"), Prompt.of("menu.next.help")).choice('1', "main").person("person");
        caller.keys("0");
        assertThat(dialog.choose(next)).isEqualTo("person");
    }

    @Test
    void zeroAtAQuestionIsLeftToTheNearestMenuThatComesBack() {
        caller.keys("0");
        assertThatThrownBy(() -> dialog.answer(FIVE_DIGITS)).isInstanceOf(AskedForPerson.class);
    }

    /** A caller's turns, in order; records what they heard. */
    private static final class Caller implements Presenter {
        private final Deque<Keys> turns = new ArrayDeque<>();
        private final Map<String, Character> bargeIns = new HashMap<>();
        final List<String> heard = new ArrayList<>();
        final List<Language> heardIn = new ArrayList<>();
        final List<Character> typedAheadSeen = new ArrayList<>();
        Language channelLanguage;

        void keys(String keys) {
            turns.add(new Keys(keys, Keys.Ending.TERMINATOR));
        }

        void silence() {
            turns.add(new Keys("", Keys.Ending.TIMEOUT));
        }

        void pressDuring(String promptKey, char key) {
            bargeIns.put(promptKey, key);
        }

        @Override
        public void answer() {
        }

        @Override
        public Optional<Character> play(Prompt prompt, Language language) {
            heard.add(prompt.key());
            heardIn.add(language);
            return Optional.ofNullable(bargeIns.remove(prompt.key()));
        }

        @Override
        public Keys collect(Entry entry, Optional<Character> typedAhead) {
            typedAhead.ifPresent(typedAheadSeen::add);
            if (turns.isEmpty()) {
                throw new Hangup();
            }
            return turns.poll();
        }

        @Override
        public void useLanguage(Language language) {
            channelLanguage = language;
        }

        @Override
        public void setVariable(String name, String value) {
        }

        @Override
        public void hangUp() {
        }

        @Override
        public DialogTimings timings() {
            return new DialogTimings(Duration.ofSeconds(1), Duration.ofSeconds(1), 3, Duration.ofSeconds(1));
        }
    }
}
