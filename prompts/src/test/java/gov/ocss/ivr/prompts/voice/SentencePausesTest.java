package gov.ocss.ivr.prompts.voice;

import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.prompts.Prompt;
import gov.ocss.ivr.prompts.PromptArg;
import gov.ocss.ivr.prompts.catalog.PromptCatalog;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Where a sentence played file by file takes a breath: at its punctuation and around its values, never inside one. */
class SentencePausesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T15:00:00Z"), ZoneOffset.UTC);
    private static final CatalogVoice VOICE = new CatalogVoice(PromptCatalog.standard(), CLOCK);
    private static final SoundInventory INVENTORY = SoundInventory.standard(List.of("Bronx Child Support Office"));

    @Test
    void aPaymentIsSaidDatePauseAmountPauseHowWithAPauseAtEachCommaAndTheFullStop() {
        Prompt payment = Prompt.of("payment.check", PromptArg.date("date", LocalDate.of(2026, 10, 14)),
                PromptArg.money("amount", 23_500));

        assertThat(heard(payment, Language.ENGLISH)).isEqualTo(
                "October fourteenth | medium | two hundred thirty-five dollars | medium | by check. | long |");
        assertThat(heard(payment, Language.ALBANIAN)).isEqualTo(
                "katërmbëdhjetë tetor | medium | dyqind e tridhjetë e pesë dollarë | medium | me çek. | long |");
    }

    @Test
    void aValueWithNoPunctuationBesideItIsSetApartByAShortPause() {
        Prompt pastDue = Prompt.of("balance.past_due", PromptArg.money("amount", 123_456));

        assertThat(heard(pastDue, Language.ENGLISH)).isEqualTo("Your past-due balance is | short"
                + " | one thousand two hundred thirty-four dollars and fifty-six cents | long |");
        // Two values side by side ("New York 10007") are two phrases.
        Prompt address = Prompt.of("office.address", PromptArg.text("street", "Bronx Child Support Office"),
                PromptArg.text("city", "Bronx Child Support Office"), PromptArg.text("state", "Bronx Child Support Office"),
                PromptArg.digits("zip", "10451"));
        assertThat(heard(address, Language.ENGLISH)).endsWith(
                "| medium | Bronx Child Support Office | short | one zero four five one | long |");
    }

    @Test
    void theBengaliDandaEndsASentenceLikeAFullStop() {
        Prompt pastDue = Prompt.of("balance.past_due", PromptArg.money("amount", 500));

        assertThat(VOICE.sounds(pastDue, Language.BENGALI)).endsWith("bn/ocss/pause/long");
        assertThat(VOICE.sounds(pastDue, Language.BENGALI)).filteredOn(sound -> sound.contains("/pause/"))
                .containsExactly("bn/ocss/pause/short", "bn/ocss/pause/long");
    }

    @Test
    void everyPauseIsASoundOfTheInventoryInEachLanguageAndSaysNothing() {
        for (Language language : Language.values()) {
            for (Pause pause : Pause.values()) {
                assertThat(INVENTORY.textOf(language, pause.soundName())).as(language + " " + pause).contains("");
            }
        }
        assertThat(Pause.named("sq/ocss/pause/medium")).contains(Pause.COMMA);
        assertThat(Pause.of(new Sound(Language.ENGLISH, "ocss/pause/long", "a word"))).as("says something").isEmpty();
    }

    @Test
    void pausesGrowFromAValueToACommaToAFullStop() {
        assertThat(Pause.AROUND_VALUE.length()).isLessThan(Pause.COMMA.length());
        assertThat(Pause.COMMA.length()).isLessThan(Pause.SENTENCE.length());
    }

    /** The sentence's words, and its pauses between bars: "Your balance is | short | ten dollars | long |". */
    private static String heard(Prompt prompt, Language language) {
        return VOICE.soundsOf(prompt, language).stream()
                .map(sound -> Pause.of(sound).map(pause -> "| " + pause.soundName().substring(Pause.FOLDER.length()) + " |")
                        .orElse(sound.text()))
                .collect(Collectors.joining(" "))
                .replace("| |", "|");
    }
}
