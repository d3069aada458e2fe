package gov.ocss.ivr.phone;

import gov.ocss.ivr.simulator.CallerAction;
import gov.ocss.ivr.simulator.CallerTurn;
import gov.ocss.ivr.simulator.SimulatedCaller;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * A person at a keyboard on the simulated line. Time stands still while they think: the simulator
 * asks them at every command, and the server waits for Asterisk's reply meanwhile. On the help line
 * a typed line is a run of key presses, pressed one at a time as the line takes keys, so keys typed
 * ahead interrupt the next prompt as they would on a phone; an empty line presses nothing and the
 * wait times out. On the TTY line a typed line is sent as text. {@code h}, {@code hangup} or the
 * end of input hang up.
 */
final class KeyboardCaller implements SimulatedCaller {
    private static final String KEYS = "0123456789*#";

    private final BufferedReader keyboard;
    private final PhoneScreen screen;
    /** Keys typed and not pressed yet. */
    private final Deque<Character> typedAhead = new ArrayDeque<>();
    /** Whether the last turn took a key: another wait for a key straight after it is the same entry. */
    private boolean keyingIn;

    KeyboardCaller(BufferedReader keyboard, PhoneScreen screen) {
        this.keyboard = keyboard;
        this.screen = screen;
    }

    @Override
    public CallerAction onTurn(CallerTurn turn) {
        screen.show(turn);
        // A command that plays a question (GET OPTION) begins a new entry; a wait with no sound goes on with one.
        boolean continuing = keyingIn && turn.sounds().isEmpty();
        keyingIn = false;
        return switch (turn.kind()) {
            case PLAYBACK -> interrupt(turn);
            case DIGITS -> pressKeys(turn, continuing);
            case TEXT_WANTED -> typeText();
            default -> CallerAction.silence();
        };
    }

    /** A key typed ahead stops the prompt, if the prompt lets keys stop it. */
    private CallerAction interrupt(CallerTurn turn) {
        if (typedAhead.isEmpty() || turn.escapeDigits().indexOf(typedAhead.peek()) < 0) {
            return CallerAction.silence();
        }
        return CallerAction.press(String.valueOf(typedAhead.poll()));
    }

    /**
     * Keys for a command that takes them: one for WAIT FOR DIGIT and GET OPTION; for GET DATA, which
     * Asterisk answers once for a whole entry, as many as it takes, up to a #, asking the person for
     * more while the keys typed run short (time stands still meanwhile); Enter alone lets the wait run out.
     */
    private CallerAction pressKeys(CallerTurn turn, boolean continuing) {
        int most = Math.max(1, turn.maxDigits());
        StringBuilder keys = new StringBuilder();
        while (keys.length() < most && (keys.length() == 0 || keys.charAt(keys.length() - 1) != '#')) {
            if (typedAhead.isEmpty()) {
                String line = readLine(continuing || keys.length() > 0 ? "more keys> " : "keys> ");
                while (line != null && !isKeys(line)) {
                    line = readLine("keys are 0-9, * and # (Enter alone waits, h hangs up)> ");
                }
                if (line == null) {
                    return keys.length() == 0 ? CallerAction.hangUp()
                            : CallerAction.press(keys.toString()).andThen(CallerAction.hangUp());
                }
                for (char key : line.replace(" ", "").toCharArray()) {
                    typedAhead.add(key);
                }
                if (typedAhead.isEmpty()) {
                    break;
                }
            }
            keys.append(typedAhead.poll());
        }
        keyingIn = true;
        return keys.length() == 0 ? CallerAction.silence() : CallerAction.press(keys.toString());
    }

    private CallerAction typeText() {
        String line = readLine("type> ");
        if (line == null) {
            return CallerAction.hangUp();
        }
        return line.isBlank() ? CallerAction.silence() : CallerAction.typeText(line);
    }

    /** A line from the keyboard; null when the person hangs up. */
    private String readLine(String prompt) {
        screen.ask(prompt);
        String line;
        try {
            line = keyboard.readLine();
        } catch (IOException e) {
            // A keyboard that cannot be read is a caller who has gone.
            line = null;
        }
        screen.answered();
        return line == null || isHangUp(line) ? null : line;
    }

    private static boolean isHangUp(String line) {
        String word = line.trim().toLowerCase(Locale.ROOT);
        return word.equals("h") || word.equals("hangup") || word.equals("hang up");
    }

    private static boolean isKeys(String line) {
        return line.chars().allMatch(c -> c == ' ' || KEYS.indexOf(c) >= 0);
    }
}
