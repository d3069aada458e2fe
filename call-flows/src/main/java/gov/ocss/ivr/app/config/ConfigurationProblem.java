package gov.ocss.ivr.app.config;

/**
 * A setting that is missing or wrong, said the way an operator needs to hear it: what is wrong,
 * and what to set. Spring Boot shows it as one clear start-up failure, without a stack trace.
 */
public final class ConfigurationProblem extends RuntimeException {
    private final String action;

    public ConfigurationProblem(String description, String action) {
        super(description);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
