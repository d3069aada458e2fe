/**
 * The load tool: many simulated Asterisk calls at once against a running phone server, each a whole
 * verified help-line or TTY call whose answer is checked, with the server's step turnaround, CPU,
 * memory and threads measured, and the same load against a bare Asterisk-Java FastAGI server as the
 * baseline. {@link gov.ocss.ivr.load.LoadTest} is the command; the README's "Performance" section
 * says how to run it and what it measured.
 */
package gov.ocss.ivr.load;
