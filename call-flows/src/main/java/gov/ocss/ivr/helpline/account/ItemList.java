package gov.ocss.ivr.helpline.account;

import gov.ocss.ivr.dialog.Menu;
import gov.ocss.ivr.helpline.Prompts;
import gov.ocss.ivr.helpline.Visit;
import gov.ocss.ivr.prompts.Prompt;
import java.util.List;
import java.util.function.Function;

/** A list read five items at a time, newest first, with the offer to hear more. */
final class ItemList {
    static final int AT_A_TIME = 5;

    private enum More { MORE, BACK }

    private static final Menu<More> MORE_OR_BACK = Menu.<More>of(Prompt.of(Prompts.LIST_MORE), Prompt.of(Prompts.MENU_HELP))
            .choice('1', More.MORE)
            .choice('9', More.BACK);

    private ItemList() {
    }

    /** 0 at the offer to hear more, with nobody there, goes back to the account menu, as going back does. */
    static <T> void read(Visit visit, List<T> items, Function<T, Prompt> sayItem) {
        for (int start = 0; start < items.size(); start += AT_A_TIME) {
            items.subList(start, Math.min(items.size(), start + AT_A_TIME))
                    .forEach(item -> visit.dialog().say(sayItem.apply(item)));
            if (start + AT_A_TIME >= items.size() || visit.choose(MORE_OR_BACK) == More.BACK) {
                return;
            }
        }
    }
}
