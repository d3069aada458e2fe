package gov.ocss.ivr.load;

/** How long simulated callers take: not at all (maximum throughput), or as long as a real call would. */
enum Think {
    /** Prompts take no time and callers answer at once: the server is kept as busy as it can be. */
    ZERO,
    /**
     * Every prompt plays for as long as it takes to say (or, on the TTY line, to print at a TDD's six
     * characters a second), and the caller answers after it, keying at a person's pace.
     */
    REALISTIC;

    static Think named(String name) {
        return switch (name) {
            case "0", "zero", "none" -> ZERO;
            case "realistic", "real" -> REALISTIC;
            default -> throw new IllegalArgumentException("--think is 0 or realistic, not " + name);
        };
    }
}
