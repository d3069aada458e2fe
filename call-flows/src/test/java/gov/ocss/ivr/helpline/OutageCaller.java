package gov.ocss.ivr.helpline;

import gov.ocss.ivr.simulator.CallerAction;
import gov.ocss.ivr.simulator.CallerTurn;
import gov.ocss.ivr.simulator.ScriptedCaller;
import gov.ocss.ivr.simulator.SimulatedCaller;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The caller of a script, during whose call something happens to the database: right after the
 * caller takes a given step of the script, or at the first turn that passes a test, and before
 * their answer reaches the server. Keeps the wall time of every turn, to tell how long the line
 * took after the event.
 */
final class OutageCaller implements SimulatedCaller {
    private final ScriptedCaller script;
    private final Predicate<CallerTurn> when;
    private final Runnable event;
    private final Map<Integer, Long> turnNanos = new HashMap<>();
    private long eventDoneNanos;

    private OutageCaller(ScriptedCaller script, Predicate<CallerTurn> when, Runnable event) {
        this.script = script;
        this.when = when;
        this.event = event;
    }

    /** {@code event} runs just after the caller takes step {@code step} (1-based) of the script. */
    static OutageCaller afterStep(int step, ScriptedCaller script, Runnable event) {
        return new OutageCaller(script, turn -> script.stepsTaken().size() >= step, event);
    }

    /** Nothing happens: only the times of the turns are kept (a call made while the database is already down). */
    static OutageCaller timed(ScriptedCaller script) {
        return new OutageCaller(script, turn -> false, () -> { });
    }

    /** {@code event} runs at the first turn that shows or plays {@code soundOrText}. */
    static OutageCaller whenReceiving(String soundOrText, ScriptedCaller script, Runnable event) {
        return new OutageCaller(script, turn -> turn.text().contains(soundOrText) || turn.sound(soundOrText).isPresent(), event);
    }

    @Override
    public CallerAction onTurn(CallerTurn turn) {
        turnNanos.put(turn.command(), System.nanoTime());
        CallerAction action = script.onTurn(turn);
        if (eventDoneNanos == 0 && when.test(turn)) {
            event.run();
            eventDoneNanos = System.nanoTime();
        }
        return action;
    }

    boolean eventHappened() {
        return eventDoneNanos != 0;
    }

    /** When the event was over (System.nanoTime). */
    long eventDoneNanos() {
        return eventDoneNanos;
    }

    /** When the server's command {@code command} (1-based) reached the caller (System.nanoTime). */
    long turnNanos(int command) {
        Long at = turnNanos.get(command);
        if (at == null) {
            throw new IllegalArgumentException("the caller was not asked at command " + command);
        }
        return at;
    }

    ScriptedCaller script() {
        return script;
    }
}
