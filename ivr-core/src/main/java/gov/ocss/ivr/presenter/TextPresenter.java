package gov.ocss.ivr.presenter;

import gov.ocss.ivr.dialog.DialogTimings;
import gov.ocss.ivr.dialog.Entry;
import gov.ocss.ivr.dialog.Keys;
import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.prompts.Prompt;
import gov.ocss.ivr.prompts.PromptRenderer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.command.AnswerCommand;
import org.asteriskjava.fastagi.command.ReceiveTextCommand;
import org.asteriskjava.fastagi.command.SendTextCommand;
import org.asteriskjava.fastagi.command.TddModeCommand;
import org.asteriskjava.fastagi.reply.AgiReply;

/**
 * The TTY line: prompts are sent as text and answers typed back, with the TTY conventions. The
 * text of a turn is held until the line waits for the caller, so that turn can end with GA
 * ("go ahead"); the call's last words end with SK ("stop keying"). Words said just before the
 * dialplan takes the call on (to a representative) are sent as the script hands the call over.
 */
public final class TextPresenter extends AgiPresenter {
    /** Long enough to read, short enough for a TDD's small display to scroll sensibly. */
    static final int LINE_LENGTH = 64;

    private final TextProfile profile;
    private final List<String> unsent = new ArrayList<>();

    public TextPresenter(AgiChannel channel, PromptRenderer renderer, DialogTimings timings, TextProfile profile) {
        super(channel, renderer, timings);
        this.profile = profile;
    }

    /** Answers the call and switches the channel to TDD mode. Channels without TDD answer 0; text flows anyway. */
    @Override
    public void answer() {
        call.send(new AnswerCommand());
        call.send(new TddModeCommand("on"));
    }

    @Override
    public Optional<Character> play(Prompt prompt, Language language) {
        unsent.add(profile.render(renderer.text(prompt, language)));
        return Optional.empty();
    }

    @Override
    public Keys collect(Entry entry, Optional<Character> typedAhead) {
        int sent = send("GA");
        // The caller's time to answer starts once their TDD has printed the question, not when it was sent.
        Duration wait = entry.capped(entry.firstKeyTimeout().plus(profile.printing(sent)));
        AgiReply reply = call.send(new ReceiveTextCommand((int) wait.toMillis()));
        if (reply.getResultCode() != 1 || reply.getExtra() == null) {
            return new Keys("", Keys.Ending.TIMEOUT);
        }
        return new Keys(TypedAnswer.normalise(reply.getExtra()), Keys.Ending.TERMINATOR);
    }

    @Override
    public void hangUp() {
        send("SK");
        super.hangUp();
    }

    /**
     * The held text goes out without a sign-off: the caller is not asked to type (GA), and the
     * conversation is not over (SK), as a representative comes on next.
     */
    @Override
    public void handOver() {
        if (!unsent.isEmpty()) {
            send(null);
        }
    }

    /** Sends the held text; the characters the caller's device prints for it, a new line (CR LF) after each line. */
    private int send(String signOff) {
        if (signOff != null) {
            unsent.add(signOff);
        }
        int printed = 0;
        for (String line : lines(String.join(" ", unsent))) {
            call.send(new SendTextCommand(line));
            printed += line.length() + 2;
        }
        unsent.clear();
        return printed;
    }

    /** Splits text into lines of at most {@link #LINE_LENGTH} characters, at spaces where possible. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > LINE_LENGTH) {
                lines.add(line.toString());
                line.setLength(0);
            }
            while (word.length() > LINE_LENGTH) {
                lines.add(word.substring(0, LINE_LENGTH));
                word = word.substring(LINE_LENGTH);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
