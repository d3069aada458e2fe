package gov.ocss.ivr.helpline;

import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.call.CallScript;
import gov.ocss.ivr.dialog.DialogPrompts;
import gov.ocss.ivr.ledger.PaymentMethod;
import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.prompts.catalog.PromptCatalog;
import gov.ocss.ivr.prompts.catalog.Template;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The code and the catalog agree: nothing the line says is missing, nothing in the catalog is dead. */
class PromptKeysTest {
    private static final PromptCatalog CATALOG = PromptCatalog.standard();
    /**
     * Sentences Asterisk plays by itself when the server cannot (telephony-config's extensions.conf);
     * telephony-config's DialplanAgreesWithServerTest checks that the dialplan says every one of them.
     */
    private static final String SAID_BY_THE_DIALPLAN = "dialplan.";

    @Test
    void everyKeyTheCodeSaysIsInEveryLanguage() {
        for (Language language : Language.values()) {
            assertThat(CATALOG.keys(language)).as(language.code()).containsAll(keysInCode());
        }
    }

    @Test
    void everyKeyInTheCatalogIsSaidBySomeCode() {
        Set<String> used = new TreeSet<>(keysInCode());
        for (String key : keysInCode()) {
            for (Template.Include include : CATALOG.spoken(Language.ENGLISH, key).orElseThrow().includes()) {
                used.add(include.key());
            }
        }
        assertThat(used).containsAll(CATALOG.keys(Language.ENGLISH).stream()
                .filter(key -> !key.startsWith(SAID_BY_THE_DIALPLAN)).toList());
    }

    /** The constants of the classes that hold catalog keys; a key ending in "." is a prefix completed by an enum. */
    private static Set<String> keysInCode() {
        Set<String> keys = new TreeSet<>();
        for (Class<?> holder : new Class<?>[] {Prompts.class, DialogPrompts.class, CallScript.class}) {
            for (Field field : holder.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) || field.getType() != String.class
                        || !Modifier.isPublic(field.getModifiers())) {
                    continue;
                }
                keys.add(constant(field));
            }
        }
        for (PaymentMethod method : PaymentMethod.values()) {
            keys.add(Prompts.PAYMENT_BY + method.name().toLowerCase(Locale.ROOT));
        }
        keys.remove(Prompts.PAYMENT_BY);
        return keys;
    }

    private static String constant(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }
}
