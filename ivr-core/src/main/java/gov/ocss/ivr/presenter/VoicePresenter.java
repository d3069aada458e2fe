package gov.ocss.ivr.presenter;

import gov.ocss.ivr.dialog.DialogTimings;
import gov.ocss.ivr.dialog.Entry;
import gov.ocss.ivr.dialog.Hangup;
import gov.ocss.ivr.dialog.Keys;
import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.prompts.Prompt;
import gov.ocss.ivr.prompts.PromptRenderer;
import gov.ocss.ivr.prompts.voice.Pause;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.command.AnswerCommand;
import org.asteriskjava.fastagi.command.WaitForDigitCommand;

/**
 * The voice line: prompts are sound files, keys are DTMF. It spends as few AGI round trips as
 * Asterisk allows, because every one is a command Asterisk parses and answers on the machine that also
 * mixes the audio, and because Asterisk drops a key that arrives between two commands: a caller who
 * types fast loses fewer keys when there are fewer gaps.
 *
 * <ul>
 *   <li>What the flow says is kept until the caller must answer, hold on or leave the line, then played
 *       with the question in one {@code EXEC Background f1&f2&...}: one round trip for a whole sentence
 *       of words, stopped by the first key, which counts as the first key of the answer.</li>
 *   <li>The question's last sentence is played by {@code GET OPTION}, which then waits for the first
 *       key (the pause after the sentence is added to the wait, so the caller has as long as before).</li>
 *   <li>The rest of an entry is one {@code GET DATA "" <between keys> <keys left>}: Asterisk collects
 *       the keys, stops at # or the last key, and answers once.</li>
 * </ul>
 */
public final class VoicePresenter extends AgiPresenter {
    /**
     * Every key that can begin an answer stops a prompt: a caller who knows the menu need not wait for
     * it. Not #: no answer begins with it, and a caller who ends an entry with # (as we ask them to)
     * presses it as the next prompt starts, when the entry was already complete; on a real Asterisk that
     * # cut off "your identity is verified" after 0.4 s. A # during a prompt is read and dropped.
     */
    private static final String KEYS_THAT_STOP_A_PROMPT = "0123456789*";
    /**
     * Background takes no list of keys: any key stops it (Asterisk's AST_DIGIT_ANY), # and A to D too.
     * Such a key starts the sounds again from the first, so that nothing said is lost; after this many
     * times the rest is played a file at a time, where only {@link #KEYS_THAT_STOP_A_PROMPT} stop it.
     */
    private static final int PLAYED_AGAIN_AT_MOST = 2;
    /**
     * The files of one Background, joined: res_agi reads a command line into 8,192 bytes (AGI_BUF_LEN);
     * the rest is room for the command's words and quotes. A year of payments fits in one.
     */
    private static final int MOST_CHARACTERS_A_BACKGROUND = 7_500;
    private static final Pattern DATA_REPLY = Pattern.compile("^200 result=([0-9*#]*)( \\(timeout\\))?\\s*$");

    /** Sounds said and not played yet: they go out with the next question, or when the caller must hold or leave. */
    private final List<String> unsaid = new ArrayList<>();
    private boolean answered;
    /** The language the caller chose, until the channel is told it (see {@link #useLanguage}). */
    private Language untold;

    public VoicePresenter(AgiChannel channel, PromptRenderer renderer, DialogTimings timings) {
        super(channel, renderer, timings);
    }

    /**
     * The call is answered by the first command that plays: Background answers a channel that is not
     * yet up (it has no "noanswer" option set here), the others are preceded by ANSWER.
     */
    @Override
    public void answer() {
        // Nothing yet: see answerBefore.
    }

    @Override
    public Optional<Character> play(Prompt prompt, Language language) {
        unsaid.addAll(renderer.sounds(prompt, language));
        return Optional.empty();
    }

    @Override
    public Optional<Character> deliver() {
        List<String> sounds = takeUnsaid();
        return sounds.isEmpty() ? Optional.empty() : background(sounds);
    }

    @Override
    public Keys collect(Entry entry, Optional<Character> typedAhead) {
        StringBuilder keys = new StringBuilder();
        Optional<Character> next;
        if (typedAhead.isPresent()) {
            // Words said after that key was pressed still reach the caller; a key pressed during them is
            // the caller's latest word and takes its place, as a key during any prompt always has.
            next = deliver().or(() -> typedAhead);
        } else {
            next = askAndWait(entry);
        }
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
            if (keys.length() >= entry.maxKeys() || keys.length() == 1 && key == '*') {
                return new Keys(keys.toString(), Keys.Ending.FULL);
            }
            return restOfEntry(keys, entry);
        }
        return new Keys(keys.toString(), Keys.Ending.TIMEOUT);
    }

    /**
     * Asterisk's CHANNEL(language) matters only once the call leaves the script for the dialplan (the
     * agent queue's own announcements are in it); the line's sounds are named with their language. So
     * it is told at the hand-over, and a caller who hangs up costs no round trip for it.
     */
    @Override
    public void useLanguage(Language language) {
        untold = language;
    }

    @Override
    public void hangUp() {
        deliver();
        super.hangUp();
    }

    @Override
    public void handOver() {
        deliver();
        if (untold != null) {
            super.useLanguage(untold);
            untold = null;
        }
    }

    /**
     * Plays what is unsaid, the question last, and waits for the first key: the sounds before the
     * question's last sentence in one Background, that sentence with GET OPTION and its wait.
     */
    private Optional<Character> askAndWait(Entry entry) {
        Duration firstKey = entry.firstKeyTimeout();
        List<String> sounds = takeUnsaid();
        int last = sounds.size() - 1;
        Duration trailingPauses = Duration.ZERO;
        while (last >= 0 && Pause.named(sounds.get(last)).isPresent()) {
            trailingPauses = trailingPauses.plus(Pause.named(sounds.get(last)).orElseThrow().length());
            last--;
        }
        if (last < 0) {
            Optional<Character> key = sounds.isEmpty() ? Optional.empty() : background(sounds);
            return key.isPresent() ? key : waitForKey(firstKey);
        }
        if (last > 0) {
            Optional<Character> key = background(sounds.subList(0, last));
            if (key.isPresent()) {
                return key;
            }
        }
        long wait = entry.capped(firstKey.plus(trailingPauses)).toMillis();
        answerBefore();
        int key = call.send(new QuotedCommands.GetOption(sounds.get(last), KEYS_THAT_STOP_A_PROMPT, wait)).getResultCode();
        if (key > 0) {
            return Optional.of((char) key);
        }
        if (key == 0) {
            // The wait ran out. Asterisk's GET OPTION also answers 0 when a key that begins no answer (a #)
            // ends its wait, and when the caller hangs up during it (the next command finds that out): a
            // # pressed before any digit, once the question has been heard, is taken as silence.
            return Optional.empty();
        }
        // -1: the sound is missing (the caller still gets their wait) or the caller hung up (the wait says so).
        return waitForKey(firstKey);
    }

    /**
     * The keys after the first, collected by Asterisk in one GET DATA with no prompt: it waits the time
     * between keys for each, and stops at # (not kept), at the entry's last key, or when a wait runs out.
     */
    private Keys restOfEntry(StringBuilder keys, Entry entry) {
        int left = entry.maxKeys() - keys.length();
        String reply = call.send(new QuotedCommands.GetData("", entry.nextKeyTimeout().toMillis(), left)).getFirstLine();
        Matcher data = DATA_REPLY.matcher(reply == null ? "" : reply);
        if (!data.matches()) {
            // 200 result=-1: the caller hung up. Nothing else is expected; the reply is not logged, as it holds keys.
            throw new Hangup();
        }
        keys.append(data.group(1));
        if (data.group(2) != null) {
            return new Keys(keys.toString(), Keys.Ending.TIMEOUT);
        }
        return new Keys(keys.toString(), keys.length() >= entry.maxKeys() ? Keys.Ending.FULL : Keys.Ending.TERMINATOR);
    }

    /** Plays the sounds, as few Backgrounds as the command line allows; the first key that stops them. */
    private Optional<Character> background(List<String> sounds) {
        int from = 0;
        while (from < sounds.size()) {
            int to = from;
            int length = 0;
            while (to < sounds.size() && (to == from || length + sounds.get(to).length() + 1 <= MOST_CHARACTERS_A_BACKGROUND)) {
                length += sounds.get(to).length() + 1;
                to++;
            }
            Optional<Character> key = backgroundOnce(sounds.subList(from, to));
            if (key.isPresent()) {
                return key;
            }
            from = to;
        }
        return Optional.empty();
    }

    private Optional<Character> backgroundOnce(List<String> sounds) {
        for (int time = 0; time <= PLAYED_AGAIN_AT_MOST; time++) {
            answered = true; // Background answers the channel itself
            int key = call.send(new QuotedCommands.Exec("Background", String.join("&", sounds))).getResultCode();
            if (key < 0) {
                // Background fails only when the channel does (a missing file ends it with 0), and EXEC runs
                // on a channel that has hung up: no later command would be refused for it before this one.
                throw new Hangup();
            }
            if (key == 0) {
                return Optional.empty();
            }
            if (KEYS_THAT_STOP_A_PROMPT.indexOf(key) >= 0) {
                return Optional.of((char) key);
            }
        }
        return fileByFile(sounds);
    }

    /** The way that stops only at {@link #KEYS_THAT_STOP_A_PROMPT}: one STREAM FILE a sound. */
    private Optional<Character> fileByFile(List<String> sounds) {
        for (String sound : sounds) {
            // -1 is a missing sound file (the call goes on) or a hang-up (the next command says so).
            int key = call.send(new QuotedCommands.StreamFile(sound, KEYS_THAT_STOP_A_PROMPT)).getResultCode();
            if (key > 0) {
                return Optional.of((char) key);
            }
        }
        return Optional.empty();
    }

    private Optional<Character> waitForKey(Duration timeout) {
        answerBefore();
        int key = call.sendExpectingLiveChannel(new WaitForDigitCommand(timeout.toMillis()));
        return key == 0 ? Optional.empty() : Optional.of((char) key);
    }

    /** GET OPTION and WAIT FOR DIGIT do not answer: a call still ringing is answered first. */
    private void answerBefore() {
        if (!answered) {
            answered = true;
            call.send(new AnswerCommand());
        }
    }

    private List<String> takeUnsaid() {
        List<String> sounds = List.copyOf(unsaid);
        unsaid.clear();
        return sounds;
    }
}
