package gov.ocss.ivr.prompts;

import java.util.List;

/** Turns a prompt into what each kind of line plays: a sentence for text, sound file names for voice. */
public interface PromptRenderer {

    /** The sentence, for the TTY line, the terminal phone and the call audit. */
    String text(Prompt prompt, Language language);

    /**
     * The Asterisk sound names to play in order, without extension, each starting with the folder
     * of the language it is in ({@code bn/ocss/...}): the language menu plays each option in its own.
     */
    List<String> sounds(Prompt prompt, Language language);
}
