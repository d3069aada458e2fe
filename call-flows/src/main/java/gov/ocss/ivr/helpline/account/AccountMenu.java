package gov.ocss.ivr.helpline.account;

import gov.ocss.ivr.dialog.Answer;
import gov.ocss.ivr.dialog.Menu;
import gov.ocss.ivr.helpline.Ending;
import gov.ocss.ivr.helpline.Visit;
import gov.ocss.ivr.helpline.representative.Representative;
import java.util.Optional;
import java.util.function.Function;

/** A role's menu, asked again after each answer until the caller goes back to the main menu. */
final class AccountMenu {
    private AccountMenu() {
    }

    /**
     * @param mainMenu the choice that goes back to the main menu
     * @param serve    says what a choice asks for; an ending stops the call's time on the line
     */
    static <T> Optional<Ending> run(Visit visit, Menu<T> menu, T mainMenu, Function<T, Optional<Ending>> serve,
                                    Representative representative) {
        while (true) {
            Answer<T> answer = visit.menu(menu);
            Optional<Ending> ending;
            if (answer instanceof Answer.Given<T> given) {
                if (given.value() == mainMenu) {
                    return Optional.empty();
                }
                ending = serve.apply(given.value());
            } else {
                ending = representative.instead(visit, answer);
            }
            if (ending.isPresent()) {
                return ending;
            }
        }
    }
}
