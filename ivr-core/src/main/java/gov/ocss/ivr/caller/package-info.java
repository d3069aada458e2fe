/**
 * Who is on the line: which of the agency's published lines was called and from what number. Plain
 * values that import nothing of ours, so the call handling, the PIN check, the remail queue and the
 * audit can all name them without depending on one another.
 */
package gov.ocss.ivr.caller;
