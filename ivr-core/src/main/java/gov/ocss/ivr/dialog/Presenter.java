package gov.ocss.ivr.dialog;

import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.prompts.Prompt;
import java.util.Optional;

/**
 * One kind of line: voice (sound files and key presses) or text (TTY). The dialog's rules are
 * written once against this; each presenter only knows how to play and how to collect.
 * Every method throws {@link Hangup} when the caller has gone.
 */
public interface Presenter {

    /** Answers the call and readies the channel (TDD mode on the text line). */
    void answer();

    /**
     * Plays the prompt, or keeps it to play with what comes next (the voice line plays what was said
     * together with the next question, see {@link #deliver}); a key pressed during it stops it and is
     * returned, to count as the first key of the answer.
     */
    Optional<Character> play(Prompt prompt, Language language);

    /**
     * Plays now whatever was said and kept, before the caller is made to wait for something other than
     * a question (work on the line); the key that stopped it, if any. Nothing to do on a line that
     * plays as it goes. A question, hanging up and handing over deliver by themselves.
     */
    default Optional<Character> deliver() {
        return Optional.empty();
    }

    /** Collects one entry; {@code typedAhead} is the key that interrupted the prompt, if any. */
    Keys collect(Entry entry, Optional<Character> typedAhead);

    /** Tells the channel which language the caller chose (Asterisk's CHANNEL(language)). */
    void useLanguage(Language language);

    /** Sets a channel variable the dialplan reads after the script returns. */
    void setVariable(String name, String value);

    /** Ends the call from our side. */
    void hangUp();

    /**
     * The script is done and the dialplan takes the call on (to an agent's queue): whatever the
     * caller has not been given yet goes out now. Nothing to do on a line that plays as it goes.
     */
    default void handOver() {
    }

    /**
     * The call is over, however it ended: let go of what the line holds for it (a TDD call's audio
     * connection). Nothing to do on a line that holds nothing beyond the AGI session.
     */
    default void close() {
    }

    /** Time-outs suited to this kind of line: typing on a TTY takes far longer than pressing a key. */
    DialogTimings timings();
}
