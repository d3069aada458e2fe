package gov.ocss.ivr.load;

import gov.ocss.ivr.simulator.CallerAction;
import gov.ocss.ivr.simulator.CallerTurn;
import gov.ocss.ivr.simulator.SimulatedCaller;
import java.util.ArrayList;
import java.util.List;

/**
 * A voice caller of the soak who answers each question when they hear it asked, at a person's pace: the
 * prompt plays to its end, a second to react, a quarter of a second a key (as {@link ParentCaller}).
 * They may hang up in the middle: while a prompt plays, or half-way through keying an answer.
 *
 * <p>A caller told that account information is not available (the database is out) ends the call as
 * the outage's menu offers, with 9, and {@link #metOutage()} says so.
 */
final class PromptedCaller implements SimulatedCaller {
    static final String OUTAGE_MENU = "ocss/outage-menu";
    private static final long REACTION_MILLIS = 1_000;
    private static final long MILLIS_PER_KEY = 250;

    /**
     * What the caller does when {@code question} is asked (one sound, or several separated by {@code |},
     * any of which asks it): keys, and perhaps hangs up.
     */
    record Step(String question, String keys, boolean hangUp, boolean duringPrompt) {
        boolean askedIn(CallerTurn turn) {
            for (String sound : question.split("\\|")) {
                if (turn.sound(sound).isPresent()) {
                    return true;
                }
            }
            return false;
        }

        static Step answer(String question, String keys) {
            return new Step(question, keys, false, false);
        }

        /** Keys {@code keys} (perhaps none), then hangs up a moment later. */
        static Step hangUpAfter(String question, String keys) {
            return new Step(question, keys, true, false);
        }

        /** Hangs up half-way through the prompt, without keying. */
        static Step hangUpDuring(String question) {
            return new Step(question, "", true, true);
        }
    }

    private final List<Step> steps;
    private int next;
    private boolean asked;
    private boolean outageAsked;
    private boolean metOutage;

    PromptedCaller(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    /** Whether the caller took every step. */
    boolean finished() {
        return next == steps.size();
    }

    boolean metOutage() {
        return metOutage;
    }

    @Override
    public CallerAction onTurn(CallerTurn turn) {
        if (turn.sound(OUTAGE_MENU).isPresent()) {
            outageAsked = true;
        }
        if (next < steps.size() && steps.get(next).askedIn(turn)) {
            asked = true;
        }
        if (!turn.isInput()) {
            return CallerAction.silence();
        }
        long pause = turn.promptMillis() + REACTION_MILLIS;
        if (outageAsked) {
            outageAsked = false;
            metOutage = true;
            return CallerAction.press("9").afterMillis(pause);
        }
        if (!asked || next >= steps.size()) {
            // A key of an entry already keyed: the server is collecting the rest of what was pressed.
            return CallerAction.silence();
        }
        asked = false;
        Step step = steps.get(next++);
        if (step.duringPrompt()) {
            return CallerAction.hangUp().afterMillis(turn.promptMillis() / 2);
        }
        if (step.keys().isEmpty() && !step.hangUp()) {
            return CallerAction.silence();
        }
        List<CallerAction> keys = new ArrayList<>();
        for (int i = 0; i < step.keys().length(); i++) {
            keys.add(CallerAction.press(step.keys().substring(i, i + 1)).afterMillis(i == 0 ? pause : MILLIS_PER_KEY));
        }
        if (step.hangUp()) {
            keys.add(CallerAction.hangUp().afterMillis(keys.isEmpty() ? pause : MILLIS_PER_KEY * 2));
        }
        CallerAction action = keys.get(0);
        for (CallerAction more : keys.subList(1, keys.size())) {
            action = action.andThen(more);
        }
        return action;
    }
}
