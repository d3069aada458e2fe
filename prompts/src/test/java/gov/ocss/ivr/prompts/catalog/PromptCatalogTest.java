package gov.ocss.ivr.prompts.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.ocss.ivr.prompts.Language;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PromptCatalogTest {
    private static final PromptCatalog CATALOG = PromptCatalog.standard();
    private static final Pattern BENGALI_LETTER = Pattern.compile("[\\u0985-\\u09B9]");
    private static final Pattern LATIN_WORD = Pattern.compile("\\b[A-Za-z]{3,}\\b");

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"BENGALI", "ALBANIAN"})
    void everyLanguageHasExactlyTheEnglishKeys(Language language) {
        assertThat(CATALOG.keys(language)).isEqualTo(CATALOG.keys(Language.ENGLISH));
        assertThat(CATALOG.ttyKeys(language)).isEqualTo(CATALOG.ttyKeys(Language.ENGLISH));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void placeholdersAreTheSameInEveryLanguageAndOnBothLines(Language language) {
        for (String key : CATALOG.keys(Language.ENGLISH)) {
            var english = CATALOG.spoken(Language.ENGLISH, key).orElseThrow().placeholders();
            assertThat(CATALOG.spoken(language, key).orElseThrow().placeholders()).as(key).isEqualTo(english);
            assertThat(CATALOG.typed(language, key).orElseThrow().placeholders()).as(key + ".tty").isEqualTo(english);
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aTtyWordingBelongsToASpokenSentenceAndSaysSomethingElse(Language language) {
        for (String key : CATALOG.ttyKeys(language)) {
            assertThat(CATALOG.keys(language)).as(key + ".tty without " + key).contains(key);
            assertThat(CATALOG.typed(language, key)).as(key).isNotEqualTo(CATALOG.spoken(language, key));
        }
    }

    @Test
    void onTheTtyLineNothingAsksToPressAKey() {
        for (Language language : Language.values()) {
            String press = switch (language) {
                case ENGLISH -> "press";
                case BENGALI -> "চাপুন";
                case ALBANIAN -> "shtypni";
            };
            for (String key : CATALOG.keys(language)) {
                assertThat(typedText(language, key)).as(language + " " + key).doesNotContain(press);
            }
        }
    }

    @Test
    void includedSentencesExistAndNeedNoValues() {
        for (Language language : Language.values()) {
            for (String key : CATALOG.keys(language)) {
                for (Template.Include include : CATALOG.spoken(language, key).orElseThrow().includes()) {
                    Template included = CATALOG.spoken(include.language(), include.key()).orElseThrow();
                    assertThat(included.placeholders()).as(key).isEmpty();
                }
            }
        }
    }

    @Test
    void bengaliIsWrittenInBengaliScript() {
        for (String key : CATALOG.keys(Language.BENGALI)) {
            if (key.equals("language.menu")) {
                continue;
            }
            String text = typedText(Language.BENGALI, key) + spokenText(Language.BENGALI, key);
            assertThat(BENGALI_LETTER.matcher(text).find()).as(key).isTrue();
            // Names such as PIN, TTY and ZIP are written in Bengali letters too (পিন, টিটিওয়াই, জিপ).
            assertThat(LATIN_WORD.matcher(text).find()).as(key + ": " + text).isFalse();
        }
    }

    @Test
    void albanianKeepsItsLettersEAndC() {
        String all = String.join(" ", CATALOG.keys(Language.ALBANIAN).stream()
                .map(key -> spokenText(Language.ALBANIAN, key)).toList());
        assertThat(all).contains("ë", "ç");
        assertThat(all).doesNotContain("Faleminderit qe", "Mire se vini");
    }

    @Test
    void aMalformedPlaceholderIsRefusedWithItsName() {
        assertThatThrownBy(() -> Template.parse("You owe {amount}.")).hasMessageContaining("{amount}");
        assertThatThrownBy(() -> Template.parse("You owe {amount:euros}.")).hasMessageContaining("amount:euros");
        assertThatThrownBy(() -> Template.parse("You owe {amount:money.")).hasMessageContaining("brace");
    }

    private static String typedText(Language language, String key) {
        return literals(CATALOG.typed(language, key).orElseThrow());
    }

    private static String spokenText(Language language, String key) {
        return literals(CATALOG.spoken(language, key).orElseThrow());
    }

    private static String literals(Template template) {
        StringBuilder text = new StringBuilder();
        template.parts().forEach(part -> {
            if (part instanceof Template.Literal literal) {
                text.append(literal.text());
            }
        });
        return text.toString();
    }
}
