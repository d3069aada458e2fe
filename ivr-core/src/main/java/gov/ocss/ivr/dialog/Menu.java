package gov.ocss.ivr.dialog;

import gov.ocss.ivr.prompts.Prompt;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A menu: one key per choice. 0 is kept for "a representative" and * for "say that again", so
 * neither may be a choice; a menu that handles asking for a person itself names its value for 0
 * ({@link #person}).
 */
public final class Menu<T> {
    private final Prompt prompt;
    private final Prompt help;
    private final Map<Character, T> choices = new LinkedHashMap<>();
    private Optional<T> fallback = Optional.empty();

    private Menu(Prompt prompt, Prompt help) {
        this.prompt = prompt;
        this.help = help;
    }

    public static <T> Menu<T> of(Prompt prompt, Prompt help) {
        return new Menu<>(prompt, help);
    }

    public Menu<T> choice(char key, T value) {
        if (key < '1' || key > '9') {
            throw new IllegalArgumentException("a menu choice is a digit from 1 to 9, not '" + key + "'");
        }
        if (choices.putIfAbsent(key, value) != null) {
            throw new IllegalArgumentException("two choices on key " + key);
        }
        return this;
    }

    /**
     * 0 in this menu is a choice like the others, for the flow to serve: a menu that offers a person
     * in words of its own, and asks for a person for reasons of its own.
     */
    public Menu<T> person(T value) {
        if (choices.putIfAbsent('0', value) != null) {
            throw new IllegalArgumentException("two choices on key 0");
        }
        return this;
    }

    /** The choice when the caller gives up on this menu, instead of the way out (see {@link Dialog#choose}). */
    public Menu<T> orElse(T value) {
        this.fallback = Optional.of(value);
        return this;
    }

    Optional<T> fallback() {
        return fallback;
    }

    Optional<T> choiceFor(String keys) {
        return keys.length() == 1 ? Optional.ofNullable(choices.get(keys.charAt(0))) : Optional.empty();
    }

    Question asQuestion() {
        return new Question(prompt, help, 1, 1, keys -> choiceFor(keys).isPresent());
    }
}
