package gov.ocss.ivr.prompts;

import java.util.List;

/** Turns a prompt into what each kind of line plays: a sentence for text, sound file names for voice. */
public interface PromptRenderer {

    /** The sentence, for the TTY line, the terminal phone and the call audit. */
    String text(Prompt prompt, Language language);

    /** The Asterisk sound names to play in order, under the language's folder, without extension. */
    List<String> sounds(Prompt prompt, Language language);
}
