package gov.ocss.ivr.helpline;

import gov.ocss.ivr.call.DialplanVariables;
import gov.ocss.ivr.dialog.Answer;
import gov.ocss.ivr.dialog.Menu;
import gov.ocss.ivr.helpline.representative.Representative;
import gov.ocss.ivr.prompts.Prompt;
import java.util.Optional;

/** After something the line could not do for the caller: the main menu, a person, or goodbye. */
public final class NextStep {
    private enum Choice { MAIN_MENU, GOODBYE }

    private static final Menu<Choice> MENU = Menu.<Choice>of(Prompt.of(Prompts.NEXT_MENU), Prompt.of(Prompts.MENU_HELP))
            .choice('1', Choice.MAIN_MENU)
            .choice('9', Choice.GOODBYE);

    private final Representative representative;

    public NextStep(Representative representative) {
        this.representative = representative;
    }

    /** Empty: back to the main menu. */
    public Optional<Ending> ask(Visit visit) {
        Answer<Choice> answer = visit.menu(MENU);
        if (answer instanceof Answer.Given<Choice> given) {
            return given.value() == Choice.GOODBYE ? Optional.of(Ending.goodbye()) : Optional.empty();
        }
        if (answer instanceof Answer.Representative<Choice>) {
            return representative.offer(visit, DialplanVariables.REASON_NEEDS_HELP);
        }
        // Silent or lost at the offer itself: the safe exit, as at any other question.
        return Optional.of(representative.whenStuck(visit, DialplanVariables.REASON_NEEDS_HELP));
    }
}
