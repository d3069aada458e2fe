package gov.ocss.ivr.agi;

/**
 * Told how long the server took over each AGI step: from having read Asterisk's reply (or, for the
 * first command, the end of the environment block) to sending the next command. Asterisk's own
 * time, and the caller's, is not in it, so it shows what this server adds to every prompt and key
 * press. Called on the call's thread, once per command; it must be quick and must not throw.
 */
@FunctionalInterface
public interface AgiStepTimer {
    /** For a server nobody measures. */
    AgiStepTimer NONE = nanos -> {
    };

    void step(long nanos);
}
