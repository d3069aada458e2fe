package gov.ocss.ivr.presenter;

import gov.ocss.ivr.dialog.DialogTimings;
import gov.ocss.ivr.dialog.Entry;
import gov.ocss.ivr.dialog.Keys;
import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.prompts.Prompt;
import gov.ocss.ivr.prompts.PromptRenderer;
import java.time.Duration;
import java.util.Optional;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.command.AnswerCommand;
import org.asteriskjava.fastagi.command.StreamFileCommand;
import org.asteriskjava.fastagi.command.WaitForDigitCommand;

/**
 * The voice line: prompts are sound files played with STREAM FILE, keys are read one at a time with
 * WAIT FOR DIGIT, so the first key and the keys after it can have their own time-outs.
 */
public final class VoicePresenter extends AgiPresenter {
    /**
     * Every key that can begin an answer stops a prompt: a caller who knows the menu need not wait for
     * it. Not #: no answer begins with it, and a caller who ends an entry with # (as we ask them to)
     * presses it as the next prompt starts, when the entry was already complete; on a real Asterisk that
     * # cut off "your identity is verified" after 0.4 s. A # during a prompt is read and dropped.
     */
    private static final String KEYS_THAT_STOP_A_PROMPT = "0123456789*";


    public VoicePresenter(AgiChannel channel, PromptRenderer renderer, DialogTimings timings) {
        super(channel, renderer, timings);
    }

    /** Answers the call. */
    @Override
    public void answer() {
        call.send(new AnswerCommand());
    }

    @Override
    public Optional<Character> play(Prompt prompt, Language language) {
        for (String sound : renderer.sounds(prompt, language)) {
            // -1 is a missing sound file (the call goes on) or a hang-up (the next command says so).
            int key = call.send(new StreamFileCommand(sound, KEYS_THAT_STOP_A_PROMPT)).getResultCode();
            if (key > 0) {
                return Optional.of((char) key);
            }
        }
        return Optional.empty();
    }

    @Override
    public Keys collect(Entry entry, Optional<Character> typedAhead) {
        StringBuilder keys = new StringBuilder();
        Optional<Character> next = typedAhead.isPresent() ? typedAhead : waitForKey(entry.firstKeyTimeout());
        while (next.isPresent()) {
            char key = next.get();
            if (key == '#' && keys.length() == 0) {
                // A # before any digit ends nothing: it is the pound a caller pressed after an entry
                // that was already complete ("enter your case number, then press pound"), heard here.
                next = waitForKey(entry.firstKeyTimeout());
                continue;
            }
            if (key == '#') {
                return new Keys(keys.toString(), Keys.Ending.TERMINATOR);
            }
            keys.append(key);
            // A lone * means "say that again" at once, whatever the question's length.
            if (keys.length() == entry.maxKeys() || keys.length() == 1 && key == '*') {
                return new Keys(keys.toString(), Keys.Ending.FULL);
            }
            next = waitForKey(entry.nextKeyTimeout());
        }
        return new Keys(keys.toString(), Keys.Ending.TIMEOUT);
    }

    private Optional<Character> waitForKey(Duration timeout) {
        int key = call.sendExpectingLiveChannel(new WaitForDigitCommand(timeout.toMillis()));
        return key == 0 ? Optional.empty() : Optional.of((char) key);
    }

}
