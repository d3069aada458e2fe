package gov.ocss.ivr.presenter;

import gov.ocss.ivr.agi.ClosingTime;
import gov.ocss.ivr.dialog.DialogTimings;
import gov.ocss.ivr.dialog.Entry;
import gov.ocss.ivr.dialog.Keys;
import gov.ocss.ivr.dialog.Presenter;
import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.prompts.Prompt;
import java.time.Duration;
import java.util.Optional;

/**
 * The presenter a call's flow talks through, which keeps the call within closing time: every
 * prompt and every wait first checks whether closing time has come (then the call ends with
 * {@link Closing}), and a wait is shortened so that it ends by closing time. Checking here, under
 * the dialog, covers every flow and every dialog step without either having to remember it.
 */
public final class ClosingGuard implements Presenter {
    private final Presenter presenter;
    private final ClosingTime closingTime;

    public ClosingGuard(Presenter presenter, ClosingTime closingTime) {
        this.presenter = presenter;
        this.closingTime = closingTime;
    }

    @Override
    public Optional<Character> play(Prompt prompt, Language language) {
        stopIfClosed();
        return presenter.play(prompt, language);
    }

    /** Not stopped by closing time: these are words already said. */
    @Override
    public Optional<Character> deliver() {
        return presenter.deliver();
    }

    @Override
    public Keys collect(Entry entry, Optional<Character> typedAhead) {
        stopIfClosed();
        Optional<Duration> left = closingTime.left();
        if (left.isEmpty()) {
            return presenter.collect(entry, typedAhead);
        }
        Entry shortened = new Entry(entry.maxKeys(), within(entry.firstKeyTimeout(), left.get()),
                within(entry.nextKeyTimeout(), left.get()), Optional.of(within(left.get(), left.get())));
        return presenter.collect(shortened, typedAhead);
    }

    private void stopIfClosed() {
        if (closingTime.hasCome()) {
            throw new Closing();
        }
    }

    /**
     * At least a millisecond: a wait of 0 means "do not wait at all" to Asterisk. A wait cut short by
     * closing time is rounded up to the millisecond, so it ends at closing time and not a fraction of a
     * millisecond before it, when the dialog would ask again with a wait of 1 ms (seen by chance in a
     * full test run).
     */
    private static Duration within(Duration wait, Duration left) {
        if (wait.compareTo(left) <= 0) {
            return wait.toMillis() < 1 ? Duration.ofMillis(1) : wait;
        }
        return Duration.ofMillis(Math.max(1, (left.toNanos() + 999_999) / 1_000_000));
    }

    @Override
    public void answer() {
        presenter.answer();
    }

    @Override
    public void useLanguage(Language language) {
        presenter.useLanguage(language);
    }

    @Override
    public void setVariable(String name, String value) {
        presenter.setVariable(name, value);
    }

    @Override
    public void hangUp() {
        presenter.hangUp();
    }

    /** Not stopped by closing time: these are words already said. */
    @Override
    public void handOver() {
        presenter.handOver();
    }

    @Override
    public void close() {
        presenter.close();
    }

    @Override
    public DialogTimings timings() {
        return presenter.timings();
    }
}
