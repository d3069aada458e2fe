package gov.ocss.ivr.phone;

import gov.ocss.ivr.simulator.CallerTurn;
import java.io.PrintStream;
import java.util.Optional;

/**
 * What the person at the terminal sees: each sentence the help line speaks on a line of its own,
 * each line of text the TTY line sends as it is, and notes in brackets about the call itself.
 * Never what the person typed: their own terminal shows that, and it may be a PIN.
 */
final class PhoneScreen {
    private final PrintStream out;
    private final SoundWords words;
    private final boolean verbose;
    private final boolean keyboardEchoes;
    private SpokenLine spoken = new SpokenLine();

    PhoneScreen(PrintStream out, SoundWords words, boolean verbose, boolean keyboardEchoes) {
        this.out = out;
        this.words = words;
        this.verbose = verbose;
        this.keyboardEchoes = keyboardEchoes;
    }

    /** What the caller hears or reads as the channel carries out a command. */
    void show(CallerTurn turn) {
        for (CallerTurn.Sound sound : turn.sounds()) {
            if (SpokenLine.opensSentence(sound.file())) {
                endSentence();
            }
            Optional<String> said = words.of(turn.language(), sound.file());
            if (said.isPresent() && said.get().isEmpty()) {
                // A pause between the parts of a sentence: heard as silence, shown as nothing.
                continue;
            }
            if (said.isPresent()) {
                spoken.add(sound.file(), said.get());
            } else {
                spoken.addUnknown(sound.file());
            }
            if (spoken.isEnded()) {
                endSentence();
            }
        }
        if (turn.kind() != CallerTurn.Kind.PLAYBACK) {
            endSentence();
        }
        if (turn.kind() == CallerTurn.Kind.TEXT_SHOWN) {
            out.println(turn.text());
        }
    }

    /** Asks for input; the person's answer goes on the same line. */
    void ask(String prompt) {
        endSentence();
        out.print(prompt);
        out.flush();
    }

    /** After a line was read: a keyboard that does not echo (a pipe, a test) has left the cursor after the prompt. */
    void answered() {
        if (!keyboardEchoes) {
            out.println();
        }
    }

    void note(String note) {
        endSentence();
        out.println("(" + note + ")");
    }

    void say(String line) {
        endSentence();
        out.println(line);
    }

    void endSentence() {
        if (!spoken.isEmpty()) {
            out.println(spoken.shown(verbose));
            spoken = new SpokenLine();
        }
        out.flush();
    }
}
