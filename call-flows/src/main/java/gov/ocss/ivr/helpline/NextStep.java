package gov.ocss.ivr.helpline;

import gov.ocss.ivr.call.Ending;
import gov.ocss.ivr.call.LeaveLine;
import gov.ocss.ivr.dialog.Menu;
import gov.ocss.ivr.helpline.representative.Representative;
import gov.ocss.ivr.prompts.Prompt;

/** After something the line could not do for the caller: the main menu, a person, or goodbye. */
public final class NextStep {
    private enum Choice { MAIN_MENU, PERSON, GOODBYE }

    private static final Menu<Choice> MENU = Menu.<Choice>of(Prompt.of(Prompts.NEXT_MENU), Prompt.of(Prompts.MENU_HELP))
            .choice('1', Choice.MAIN_MENU)
            .person(Choice.PERSON)
            .choice('9', Choice.GOODBYE);

    private final Representative representative;

    public NextStep(Representative representative) {
        this.representative = representative;
    }

    /** Returns for the main menu (also when a person was asked for and nobody is there); leaves the line otherwise. */
    public void ask(Visit visit) {
        switch (visit.choose(MENU)) {
            case MAIN_MENU -> {
            }
            // The line could not help: that, not the caller's wish alone, is why the agent takes the call.
            case PERSON -> representative.offer(visit, Ending.NEEDS_HELP);
            case GOODBYE -> throw new LeaveLine(Ending.GOODBYE);
        }
    }
}
