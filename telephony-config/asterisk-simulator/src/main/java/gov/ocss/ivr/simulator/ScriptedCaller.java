package gov.ocss.ivr.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A caller that follows a script, step by step, for tests:
 *
 * <pre>{@code
 * ScriptedCaller caller = ScriptedCaller.create()
 *         .whenHearing("lang-menu", press("2"))          // barge in during that prompt
 *         .atInput(press("1234567890#"))                 // the next input opportunity
 *         .atInput(silence())                            // let the PIN prompt time out
 *         .atInput(press("12345"))
 *         .whenHearing("goodbye", hangUp());
 * }</pre>
 *
 * Steps are taken in order, each once: at every turn the next step is tried; if its trigger does
 * not match, the caller stays silent and the step keeps waiting. A step that presses keys
 * "when hearing" a sound starts its action when that sound starts, so {@code after(...)} is
 * measured from there. Input opportunities are GET DATA, WAIT FOR DIGIT, GET OPTION, RECEIVE TEXT
 * and RECEIVE CHAR. One instance per call.
 */
public final class ScriptedCaller implements SimulatedCaller {
    private record Step(String description, Predicate<CallerTurn> trigger, String sound, CallerAction action) {
    }

    private final List<Step> steps = new ArrayList<>();
    private final List<String> taken = new ArrayList<>();
    private int next;

    private ScriptedCaller() {
    }

    public static ScriptedCaller create() {
        return new ScriptedCaller();
    }

    /** When a sound named {@code sound} (or ending in {@code /sound}) plays, do {@code action}. */
    public ScriptedCaller whenHearing(String sound, CallerAction action) {
        return add(new Step("when hearing " + sound + ": " + action, turn -> turn.sound(sound).isPresent(), sound, action));
    }

    /** When the server shows text (SEND TEXT) containing {@code fragment}, do {@code action}. */
    public ScriptedCaller whenReading(String fragment, CallerAction action) {
        return add(new Step("when reading \"" + fragment + "\": " + action,
                turn -> turn.kind() == CallerTurn.Kind.TEXT_SHOWN && turn.text().contains(fragment), null, action));
    }

    /** At the next input opportunity after the previous step, do {@code action}. */
    public ScriptedCaller atInput(CallerAction action) {
        return add(new Step("at the next input: " + action, CallerTurn::isInput, null, action));
    }

    /** At the {@code n}-th input opportunity of the call (1-based), or the first one after it. */
    public ScriptedCaller atInput(int n, CallerAction action) {
        return add(new Step("at input #" + n + ": " + action, turn -> turn.input() >= n, null, action));
    }

    /**
     * At the {@code n}-th command of the call (1-based), or the first one after it the caller is
     * asked about (commands Asterisk rejects never reach the caller).
     */
    public ScriptedCaller atCommand(int n, CallerAction action) {
        return add(new Step("at command #" + n + ": " + action, turn -> turn.command() >= n, null, action));
    }

    /** Any other trigger. */
    public ScriptedCaller when(String description, Predicate<CallerTurn> trigger, CallerAction action) {
        return add(new Step(description + ": " + action, trigger, null, action));
    }

    @Override
    public CallerAction onTurn(CallerTurn turn) {
        if (next >= steps.size()) {
            return CallerAction.silence();
        }
        Step step = steps.get(next);
        if (!step.trigger().test(turn)) {
            return CallerAction.silence();
        }
        next++;
        taken.add("command #" + turn.command() + " " + step.description());
        CallerAction action = step.action();
        if (step.sound() != null) {
            Optional<CallerTurn.Sound> heard = turn.sound(step.sound());
            if (heard.isPresent()) {
                action = action.shiftedBy(heard.get().startMillis());
            }
        }
        return action;
    }

    /** Steps not taken yet, to assert that the call went the whole way through the script. */
    public List<String> pendingSteps() {
        List<String> pending = new ArrayList<>();
        for (int i = next; i < steps.size(); i++) {
            pending.add(steps.get(i).description());
        }
        return pending;
    }

    /** Steps taken, with the command each was taken at. */
    public List<String> stepsTaken() {
        return List.copyOf(taken);
    }

    public boolean isFinished() {
        return next >= steps.size();
    }

    private ScriptedCaller add(Step step) {
        steps.add(step);
        return this;
    }
}
