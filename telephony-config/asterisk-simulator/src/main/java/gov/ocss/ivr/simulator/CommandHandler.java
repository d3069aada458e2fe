package gov.ocss.ivr.simulator;

/** Carries out one AGI command on the simulated channel, as res_agi.c's handler for it would. */
@FunctionalInterface
interface CommandHandler {
    Reply handle(AgiCommand command, SimulatedChannel channel);
}
