package gov.ocss.ivr.helpline.account;

import gov.ocss.ivr.dialog.Menu;
import gov.ocss.ivr.helpline.Visit;
import java.util.function.Consumer;

/** A role's menu, asked again after each answer until the caller goes back to the main menu. */
final class AccountMenu {
    private AccountMenu() {
    }

    /**
     * @param mainMenu the choice that goes back to the main menu
     * @param serve    says what a choice asks for
     */
    static <T> void run(Visit visit, Menu<T> menu, T mainMenu, Consumer<T> serve) {
        visit.keepAsking(menu, choice -> {
            if (choice == mainMenu) {
                return false;
            }
            serve.accept(choice);
            return true;
        });
    }
}
