/**
 * A simulated Asterisk for testing the FastAGI server over real TCP: {@link
 * gov.ocss.ivr.simulator.AsteriskSimulator} connects like Asterisk's {@code AGI(agi://...)},
 * sends the environment of a {@link gov.ocss.ivr.simulator.CallSetup}, and answers every command
 * on behalf of a {@link gov.ocss.ivr.simulator.SimulatedCaller} (for tests, a {@link
 * gov.ocss.ivr.simulator.ScriptedCaller}); the result is a {@link gov.ocss.ivr.simulator.CallRecord}.
 *
 * <p>Ground truth is the sessions recorded from a real Asterisk in {@code shared/asterisk-agi/}
 * (copied into the test resources and replayed byte for byte by the tests). Where a case was not
 * recorded, replies follow Asterisk's res/res_agi.c; each command handler says which. Call time is
 * simulated, so a call with minutes of prompts runs in milliseconds unless {@link
 * gov.ocss.ivr.simulator.Pacing#REAL_TIME} is chosen.
 */
package gov.ocss.ivr.simulator;
