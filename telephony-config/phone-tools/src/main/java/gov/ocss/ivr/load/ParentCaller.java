package gov.ocss.ivr.load;

import gov.ocss.ivr.simulator.CallerAction;
import gov.ocss.ivr.simulator.CallerTurn;
import gov.ocss.ivr.simulator.SimulatedCaller;
import java.util.List;

/**
 * Plays the parent on the line: the language, "my account", the case number, the PIN, "past-due
 * balance", "recent payments", and then hangs up. On the voice line they answer the question they
 * heard (the server collects an entry one WAIT FOR DIGIT per key, so inputs and questions are not one
 * to one); on the TTY line every input is the next question. With realistic think time they let each
 * prompt finish, take a second to react and key at a person's pace (a quarter of a second a key); on
 * the TTY line they first read what the TDD prints, six characters a second.
 */
final class ParentCaller implements SimulatedCaller {
    /** Past-due balance, then recent payments, on the noncustodial parent's account menu. */
    static final String PAST_DUE = "2";
    static final String RECENT_PAYMENTS = "3";
    private static final long REACTION_MILLIS = 1_000;
    private static final long MILLIS_PER_KEY = 250;
    private static final long TDD_MILLIS_PER_CHARACTER = 1_000 / 6;
    /** The prompt that asks each question, in the order the answers are given; the account menu is asked twice. */
    private static final List<String> QUESTIONS = List.of("ocss/language-option", "ocss/main-menu",
            "ocss/verify-case_number", "ocss/verify-pin", "ocss/account-menu-noncustodial", "ocss/account-menu-noncustodial");

    private final List<String> answers;
    private final boolean typed;
    private final Think think;
    private int answered;
    private boolean asked;
    private long unreadCharacters;

    ParentCaller(Parent parent, boolean typed, Think think) {
        String languageKey = String.valueOf(parent.language().ordinal() + 1);
        this.answers = List.of(languageKey, "1", typed ? parent.caseNumber() : parent.caseNumber() + "#", parent.pin(),
                PAST_DUE, RECENT_PAYMENTS);
        this.typed = typed;
        this.think = think;
    }

    /** Whether the caller gave every answer and hung up where they meant to. */
    boolean finished() {
        return answered > answers.size();
    }

    @Override
    public CallerAction onTurn(CallerTurn turn) {
        if (turn.kind() == CallerTurn.Kind.TEXT_SHOWN) {
            unreadCharacters += turn.text().length();
        }
        String question = answered < QUESTIONS.size() ? QUESTIONS.get(answered) : QUESTIONS.get(QUESTIONS.size() - 1);
        if (turn.sound(question).isPresent()) {
            asked = true;
        }
        if (!turn.isInput() || !(typed || asked)) {
            // A key of an entry already keyed: the server is collecting the rest from what was pressed.
            return CallerAction.silence();
        }
        asked = false;
        long pause = think == Think.ZERO ? 0 : turn.promptMillis() + unreadCharacters * TDD_MILLIS_PER_CHARACTER + REACTION_MILLIS;
        unreadCharacters = 0;
        if (answered >= answers.size()) {
            answered++;
            return CallerAction.hangUp().afterMillis(pause);
        }
        String answer = answers.get(answered++);
        if (typed) {
            return CallerAction.typeText(answer).afterMillis(pause + (think == Think.ZERO ? 0 : answer.length() * MILLIS_PER_KEY));
        }
        CallerAction keys = CallerAction.press(answer.substring(0, 1)).afterMillis(pause);
        for (int i = 1; i < answer.length(); i++) {
            keys = keys.andThen(CallerAction.press(answer.substring(i, i + 1))
                    .afterMillis(think == Think.ZERO ? 0 : MILLIS_PER_KEY));
        }
        return keys;
    }
}
