package gov.ocss.ivr.simulator;

/**
 * The person on the simulated line. The simulator asks once per command the channel carries out
 * while the caller is still on the line, before the command plays or waits; the answer is
 * scheduled relative to that moment. A caller object serves one call at a time.
 */
@FunctionalInterface
public interface SimulatedCaller {
    CallerAction onTurn(CallerTurn turn);
}
