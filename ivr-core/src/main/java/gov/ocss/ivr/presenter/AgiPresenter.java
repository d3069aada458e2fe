package gov.ocss.ivr.presenter;

import gov.ocss.ivr.dialog.DialogTimings;
import gov.ocss.ivr.dialog.Presenter;
import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.prompts.PromptRenderer;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.command.HangupCommand;
import org.asteriskjava.fastagi.command.SetVariableCommand;

/** What the voice and the text line do alike over AGI: channel variables, the language, hanging up. */
abstract class AgiPresenter implements Presenter {
    final AgiCall call;
    final PromptRenderer renderer;
    private final DialogTimings timings;

    AgiPresenter(AgiChannel channel, PromptRenderer renderer, DialogTimings timings) {
        this.call = new AgiCall(channel);
        this.renderer = renderer;
        this.timings = timings;
    }

    @Override
    public void useLanguage(Language language) {
        setVariable("CHANNEL(language)", language.code());
    }

    @Override
    public void setVariable(String name, String value) {
        call.send(new SetVariableCommand(name, value));
    }

    @Override
    public void hangUp() {
        call.send(new HangupCommand());
    }

    @Override
    public DialogTimings timings() {
        return timings;
    }
}
