package gov.ocss.ivr.agi;

/**
 * Told of every connection the listener closes before a call starts, and why, so that operations
 * can see a scan of the port or a server at capacity. Called on the accepting thread: it must be
 * quick and must not throw.
 */
@FunctionalInterface
public interface RefusedConnections {
    /** For a server nobody watches. */
    RefusedConnections NONE = reason -> {
    };

    enum Reason {
        /** The client's address is not on the allow-list. */
        NOT_ALLOWED,
        /** The server already holds the most calls it takes. */
        FULL;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    void refused(Reason reason);
}
