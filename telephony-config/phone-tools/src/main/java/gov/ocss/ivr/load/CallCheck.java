package gov.ocss.ivr.load;

import gov.ocss.ivr.ledger.AccountBalance;
import gov.ocss.ivr.presenter.TextProfile;
import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.prompts.Prompt;
import gov.ocss.ivr.prompts.PromptArg;
import gov.ocss.ivr.prompts.PromptRenderer;
import gov.ocss.ivr.simulator.CallRecord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Whether a load call went as a real one must: through the whole script, without a protocol error,
 * hearing (or reading) exactly the balance the dataset gives for the case, and then the payments.
 */
final class CallCheck {
    private final PromptRenderer renderer;

    CallCheck(PromptRenderer renderer) {
        this.renderer = renderer;
    }

    enum Outcome { OK, REFUSED, FAILED, WRONG }

    record Verdict(Outcome outcome, String why) {
        static final Verdict OK = new Verdict(Outcome.OK, "");
    }

    Verdict check(CallRecord call, ParentCaller caller, Parent parent, boolean tty) {
        Optional<Verdict> broken = broken(call);
        if (broken.isPresent()) {
            return broken.get();
        }
        if (!caller.finished()) {
            return new Verdict(Outcome.FAILED, "the call ended before the caller was through (" + call.end() + ", "
                    + call.commandCount() + " commands, IVR_NEXT=" + call.variable("IVR_NEXT").orElse("-") + ")");
        }
        List<Prompt> expected = balancePrompts(parent.balance());
        for (Prompt prompt : expected) {
            if (!received(call, prompt, parent.language(), tty)) {
                return new Verdict(Outcome.WRONG, "did not receive " + prompt.key() + " with the right amount");
            }
        }
        if (!received(call, Prompt.of("payment.recent"), parent.language(), tty)
                && !received(call, Prompt.of("payment.none"), parent.language(), tty)) {
            return new Verdict(Outcome.WRONG, "did not receive the recent payments");
        }
        return Verdict.OK;
    }

    /** What is wrong with any call, whatever the caller meant to do: no command, a protocol error, a missing sound. */
    static Optional<Verdict> broken(CallRecord call) {
        if (call.commandCount() == 0) {
            return Optional.of(new Verdict(Outcome.REFUSED, "the server closed the connection before its first command"));
        }
        if (!call.protocolErrors().isEmpty()) {
            return Optional.of(new Verdict(Outcome.FAILED, "protocol error: " + call.protocolErrors().get(0)));
        }
        if (!call.missingSounds().isEmpty()) {
            return Optional.of(new Verdict(Outcome.WRONG, "played a sound that does not exist: " + call.missingSounds().get(0)));
        }
        return Optional.empty();
    }

    /** What the noncustodial account menu's "past-due balance" says (see {@code NoncustodialAccount}). */
    static List<Prompt> balancePrompts(AccountBalance balance) {
        List<Prompt> prompts = new ArrayList<>();
        prompts.add(balance.pastDue().isPositive()
                ? Prompt.of("balance.past_due", PromptArg.money("amount", balance.pastDue().cents()))
                : Prompt.of("balance.no_past_due"));
        if (balance.hasCredit()) {
            prompts.add(Prompt.of("balance.credit", PromptArg.money("credit", balance.credit().cents())));
        }
        return prompts;
    }

    boolean received(CallRecord call, Prompt prompt, Language language, boolean tty) {
        if (tty) {
            String shown = String.join(" ", call.textsShown());
            return shown.contains(TextProfile.BAUDOT.render(renderer.text(prompt, language)));
        }
        return Collections.indexOfSubList(call.soundsHeard(), renderer.sounds(prompt, language)) >= 0;
    }
}
