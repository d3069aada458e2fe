package gov.ocss.ivr.caller;

import java.util.Optional;

/** The two phone numbers the agency publishes, each an AGI script the dialplan calls by name. */
public enum Line {
    /** 888-208-4485: voice, keys pressed on a phone. */
    HELPLINE("helpline"),
    /** 866-875-9975: text typed on a TTY (or a real-time-text channel). */
    TTY("tty");

    private final String scriptName;

    Line(String scriptName) {
        this.scriptName = scriptName;
    }

    public String scriptName() {
        return scriptName;
    }

    public boolean isText() {
        return this == TTY;
    }

    public static Optional<Line> forScript(String name) {
        for (Line line : values()) {
            if (line.scriptName.equals(name)) {
                return Optional.of(line);
            }
        }
        return Optional.empty();
    }
}
