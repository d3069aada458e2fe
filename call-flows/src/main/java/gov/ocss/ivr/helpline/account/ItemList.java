package gov.ocss.ivr.helpline.account;

import gov.ocss.ivr.dialog.Answer;
import gov.ocss.ivr.dialog.Menu;
import gov.ocss.ivr.helpline.Ending;
import gov.ocss.ivr.helpline.Prompts;
import gov.ocss.ivr.helpline.Visit;
import gov.ocss.ivr.helpline.representative.Representative;
import gov.ocss.ivr.prompts.Prompt;
import java.util.List;
import java.util.Optional;
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

    static <T> Optional<Ending> read(Visit visit, List<T> items, Function<T, Prompt> sayItem,
                                     Representative representative) {
        for (int start = 0; start < items.size(); start += AT_A_TIME) {
            items.subList(start, Math.min(items.size(), start + AT_A_TIME))
                    .forEach(item -> visit.dialog().say(sayItem.apply(item)));
            if (start + AT_A_TIME >= items.size()) {
                return Optional.empty();
            }
            Answer<More> answer = visit.menu(MORE_OR_BACK);
            if (answer instanceof Answer.Given<More> given) {
                if (given.value() == More.BACK) {
                    return Optional.empty();
                }
            } else {
                return representative.instead(visit, answer);
            }
        }
        return Optional.empty();
    }
}
