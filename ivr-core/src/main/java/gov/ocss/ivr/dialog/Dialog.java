package gov.ocss.ivr.dialog;

import gov.ocss.ivr.dialog.Answer.Reason;
import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.prompts.Prompt;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The conversation with one caller, with the input rules written once for every flow and both lines:
 * a key pressed during a prompt stops it and counts; * says the question again; 0 asks for a
 * representative; a failed try is met first with "sorry" and the question again, then with the
 * fuller explanation; a caller who has been silent through every try is asked whether they need
 * more time before the dialog gives up (Section 508, 36 CFR 1194.23(d)).
 *
 * <p>A flow asks with {@link #choose} and {@link #answer}, which return the caller's choice; 0 and
 * giving up are carried out in one place, {@link #keepAsking}, by the flow's {@link WayOut}.
 *
 * <p>One instance per call; not shared between threads.
 */
public final class Dialog {
    private static final String REPEAT = "*";
    private static final String REPRESENTATIVE = "0";

    private final Presenter presenter;
    private final DialogTimings timings;
    private Language language;
    private Optional<Character> typedAhead = Optional.empty();
    private boolean answered;
    private WayOut wayOut;

    public Dialog(Presenter presenter, Language language) {
        this.presenter = presenter;
        this.timings = presenter.timings();
        this.language = language;
    }

    public Language language() {
        return language;
    }

    /** From now on the caller hears everything in {@code chosen}. */
    public void useLanguage(Language chosen) {
        this.language = chosen;
        live().useLanguage(chosen);
    }

    /** Says something. A key pressed meanwhile is kept for the next question (type-ahead). */
    public void say(Prompt prompt) {
        Optional<Character> key = live().play(prompt, language);
        if (key.isPresent()) {
            typedAhead = key;
        }
    }

    /**
     * Says now what was said and kept (see {@link Presenter#deliver}): before the caller waits for work
     * on the line, so that they are not left with silence. A key pressed meanwhile is kept for the next question.
     */
    public void deliver() {
        Optional<Character> key = live().deliver();
        if (key.isPresent()) {
            typedAhead = key;
        }
    }

    /** What the line does, from now on, when the caller presses 0 or gives up (see {@link #keepAsking}). */
    public void useWayOut(WayOut chosen) {
        this.wayOut = chosen;
    }

    /**
     * The caller's choice. Pressing 0 throws {@link AskedForPerson} and giving up throws {@link GaveUp},
     * for the nearest {@link #keepAsking} to carry out; a menu with {@link Menu#orElse} gives that
     * value instead of giving up.
     */
    public <T> T choose(Menu<T> menu) {
        Answer<T> answer = menu(menu);
        if (answer instanceof Answer.GaveUp<T> && menu.fallback().isPresent()) {
            return menu.fallback().get();
        }
        return given(answer);
    }

    /** The caller's answer; 0 and giving up as for {@link #choose}. */
    public String answer(Question question) {
        return given(ask(question));
    }

    /**
     * A menu that comes back: asks it, hands the choice to {@code serve}, and asks again while serve
     * returns true. This is where 0 and giving up are carried out, for this menu and for every
     * question asked while serving it, by the {@link WayOut}: when it lets the caller go on, this menu
     * comes back.
     */
    public <T> void keepAsking(Menu<T> menu, Predicate<T> serve) {
        boolean again = true;
        while (again) {
            try {
                again = serve.test(choose(menu));
            } catch (AskedForPerson asked) {
                wayOut(asked).personAsked();
            } catch (GaveUp gaveUp) {
                wayOut(gaveUp).gaveUp();
            }
        }
    }

    private WayOut wayOut(RuntimeException unhandled) {
        if (wayOut == null) {
            // No way out was set: the call's runtime meets the wish as a failure, and sends the caller to an agent.
            throw unhandled;
        }
        return wayOut;
    }

    private static <T> T given(Answer<T> answer) {
        if (answer instanceof Answer.Given<T> given) {
            return given.value();
        }
        if (answer instanceof Answer.GaveUp<T> gaveUp) {
            throw new GaveUp(gaveUp.lastFailure());
        }
        throw new AskedForPerson();
    }

    public Answer<String> ask(Question question) {
        return collect(question);
    }

    public <T> Answer<T> menu(Menu<T> menu) {
        Answer<String> answer = collect(menu.asQuestion());
        if (answer instanceof Answer.Given<String> given) {
            return new Answer.Given<>(menu.choiceFor(given.value()).orElseThrow());
        }
        if (answer instanceof Answer.GaveUp<String> gaveUp) {
            return new Answer.GaveUp<>(gaveUp.lastFailure());
        }
        return new Answer.Representative<>();
    }

    /** Sets a channel variable the dialplan reads once the call leaves the server. */
    public void tellDialplan(String variable, String value) {
        live().setVariable(variable, value);
    }

    public void hangUp() {
        live().hangUp();
    }

    /** The dialplan takes the call on from here: what was said is delivered before it does (see {@link Presenter#handOver}). */
    public void handOver() {
        live().handOver();
    }

    private Answer<String> collect(Question question) {
        Entry entry = new Entry(question.maxKeys(), timings.firstKey(), timings.nextKey());
        Optional<Prompt> apology = Optional.empty();
        boolean offeredMoreTime = false;
        int failures = 0;
        while (true) {
            apology.ifPresent(this::say);
            // After a second failed try the caller hears the fuller explanation instead of the question.
            Prompt current = failures < 2 ? question.prompt() : question.help();
            Optional<Character> firstKey = takeTypedAhead().or(() -> live().play(current, language));
            String keys = live().collect(entry, firstKey).keys();

            if (keys.equals(REPEAT)) {
                apology = Optional.empty();
                continue;
            }
            if (keys.equals(REPRESENTATIVE) && !question.accepts(REPRESENTATIVE)) {
                return new Answer.Representative<>();
            }
            if (question.accepts(keys)) {
                return new Answer.Given<>(keys);
            }
            Reason failure = keys.isEmpty() ? Reason.NO_INPUT : Reason.NO_MATCH;
            failures++;
            if (failures >= timings.tries()) {
                if (failure == Reason.NO_INPUT && !offeredMoreTime) {
                    offeredMoreTime = true;
                    if (callerWantsMoreTime()) {
                        failures = 0;
                        apology = Optional.empty();
                        continue;
                    }
                }
                return new Answer.GaveUp<>(failure);
            }
            apology = Optional.of(Prompt.of(failure == Reason.NO_INPUT ? DialogPrompts.NOT_HEARD : DialogPrompts.NOT_UNDERSTOOD));
        }
    }

    private boolean callerWantsMoreTime() {
        Optional<Character> key = live().play(Prompt.of(DialogPrompts.MORE_TIME), language);
        Keys reply = live().collect(new Entry(1, timings.moreTime(), timings.moreTime()), key);
        return reply.keys().equals("1");
    }

    /**
     * The presenter, once the call is answered: the call is answered at the first thing said or
     * asked, not before the flow starts, so that a caller who hangs up while the line answers is
     * already in the flow's hands (its audit record, its clean-up).
     */
    private Presenter live() {
        if (!answered) {
            answered = true;
            presenter.answer();
        }
        return presenter;
    }

    private Optional<Character> takeTypedAhead() {
        Optional<Character> key = typedAhead;
        typedAhead = Optional.empty();
        return key;
    }
}
