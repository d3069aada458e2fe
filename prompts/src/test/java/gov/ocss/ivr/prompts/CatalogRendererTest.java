package gov.ocss.ivr.prompts;

import static gov.ocss.ivr.prompts.PromptArg.date;
import static gov.ocss.ivr.prompts.PromptArg.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.ocss.ivr.prompts.spoken.MoneyWords;
import gov.ocss.ivr.prompts.voice.SoundInventory;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CatalogRendererTest {
    /** 23 November 2026, 10:00 in New York. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T15:00:00Z"), ZoneOffset.UTC);
    private static final CatalogRenderer RENDERER = CatalogRenderer.standard(CLOCK);
    private static final SoundInventory SOUNDS = SoundInventory.standard(List.of("Bronx Child Support Office"));

    private static final Prompt CHECK = Prompt.of("disbursement.check_mailed",
            date("date", LocalDate.of(2026, 11, 3)), money("amount", 123_456), date("mailed", LocalDate.of(2025, 12, 31)));

    // ICU keeps a sum and its currency, a time and its AM, together with no-break spaces,
    // so the TTY line never breaks a line between them.
    @Test
    void aSumIsNeverSplitFromItsCurrencyOrATimeFromItsAm() {
        assertThat(RENDERER.text(CHECK, Language.ALBANIAN)).contains("1\u00A0234,56\u00A0US$");
        assertThat(RENDERER.text(Prompt.of("office.day", PromptArg.weekday("day", DayOfWeek.SATURDAY),
                PromptArg.time("opens", LocalTime.of(9, 0)), PromptArg.time("closes", LocalTime.of(13, 0))),
                Language.ENGLISH)).isEqualTo("Saturday, 9:00\u202FAM to 1:00\u202FPM.");
    }

    @Test
    void theTtyLineWritesValuesInFiguresInEachLanguagesOwnWay() {
        assertThat(written(CHECK, Language.ENGLISH))
                .isEqualTo("November 3: $1,234.56, by check, mailed on December 31, 2025.");
        assertThat(written(CHECK, Language.BENGALI))
                .isEqualTo("৩ নভেম্বর: ১,২৩৪.৫৬ US$, চেকের মাধ্যমে, ২০২৫ সালের ৩১ ডিসেম্বর তারিখে ডাকে পাঠানো হয়েছে।");
        assertThat(written(CHECK, Language.ALBANIAN))
                .isEqualTo("3 nëntor: 1 234,56 US$, me çek, i dërguar me postë më 31 dhjetor 2025.");
    }

    @Test
    void theVoiceLineSaysTheSentenceInTheLanguagesWordOrder() {
        assertThat(spoken(CHECK, Language.ENGLISH)).isEqualTo("November third one thousand two hundred thirty-four"
                + " dollars and fifty-six cents by check mailed on December thirty-first twenty twenty-five");
        assertThat(spoken(CHECK, Language.ALBANIAN)).isEqualTo("tre nëntor një mijë e dyqind e tridhjetë e katër"
                + " dollarë dhe pesëdhjetë e gjashtë centë me çek i dërguar me postë më tridhjetë e një dhjetor"
                + " dy mijë e njëzet e pesë");
        // Bengali puts the verb last, after the date the check was mailed.
        assertThat(spoken(CHECK, Language.BENGALI)).isEqualTo("তেসরা নভেম্বর এক হাজার দুইশো চৌত্রিশ ডলার ছাপ্পান্ন সেন্ট"
                + " চেকের মাধ্যমে দুই হাজার পঁচিশ সালের একত্রিশে ডিসেম্বর তারিখে ডাকে পাঠানো হয়েছে।");
    }

    @Test
    void aBengaliMonthOfAnotherYearReadsAsTheMonthOfThatYear() {
        Prompt notice = Prompt.of("notice.latest", date("period", LocalDate.of(2025, 12, 1)),
                date("issued", LocalDate.of(2026, 1, 5)), money("due", 100), money("paid", 100), money("arrears", 0));

        assertThat(spoken(notice, Language.BENGALI)).contains("নোটিশটি দুই হাজার পঁচিশ সালের ডিসেম্বর মাসের");
        assertThat(written(notice, Language.BENGALI)).contains("নোটিশটি ২০২৫ সালের ডিসেম্বর মাসের");
        assertThat(written(notice, Language.ENGLISH)).contains("notice is for December 2025, sent on January 5.");
    }

    @Test
    void theSumIsSpokenWithTheSameWordsAsTheMoneyRules() {
        for (Language language : Language.values()) {
            for (long cents : new long[] {1, 99, 100, 2_100, 10_000, 100_050, 1_234_567, 10_000_000, 123_456_789}) {
                Prompt prompt = Prompt.of("balance.past_due", money("amount", cents));
                assertThat(spoken(prompt, language)).as(language + " " + cents)
                        .contains(MoneyWords.of(language).amount(cents).text());
            }
        }
    }

    @Test
    void aCreditIsWordedAsOneOnBothLines() {
        Prompt credit = Prompt.of("balance.credit", money("credit", 5_000));
        assertThat(RENDERER.text(credit, Language.ENGLISH)).isEqualTo("Your account has a credit of $50.00.");
        assertThat(spoken(credit, Language.ENGLISH)).isEqualTo("Your account has a credit of fifty dollars");
        assertThat(written(credit, Language.BENGALI)).isEqualTo("আপনার হিসাবে ৫০.০০ US$ অতিরিক্ত জমা আছে।");
        assertThat(written(credit, Language.ALBANIAN)).isEqualTo("Llogaria juaj ka 50,00 US$ në favorin tuaj.");
        assertThat(spoken(credit, Language.ALBANIAN)).isEqualTo("Llogaria juaj ka pesëdhjetë dollarë në favorin tuaj");
    }

    @Test
    void openingHoursAreSaidWithEachLanguagesClock() {
        Prompt hours = Prompt.of("office.days", PromptArg.weekday("from", DayOfWeek.MONDAY),
                PromptArg.weekday("to", DayOfWeek.FRIDAY), PromptArg.time("opens", LocalTime.of(8, 30)),
                PromptArg.time("closes", LocalTime.of(17, 0)));
        assertThat(written(hours, Language.ENGLISH)).isEqualTo("Monday to Friday, 8:30 AM to 5:00 PM.");
        assertThat(spoken(hours, Language.ENGLISH)).isEqualTo("Monday to Friday eight thirty a.m to five p.m");
        assertThat(written(hours, Language.BENGALI)).isEqualTo("সোমবার থেকে শুক্রবার, সকাল ৮:৩০ থেকে বিকেল ৫:০০ পর্যন্ত।");
        assertThat(spoken(hours, Language.BENGALI))
                .isEqualTo("সোমবার থেকে শুক্রবার সকাল সাড়ে আটটা থেকে বিকেল পাঁচটা পর্যন্ত।");
        // Albanian declines the day: named after "nga", accusative after "deri" and for "on Saturday".
        assertThat(spoken(hours, Language.ALBANIAN)).isEqualTo(
                "nga e hëna deri të premten nga ora tetë e gjysmë deri në orën shtatëmbëdhjetë");
        assertThat(written(hours, Language.ALBANIAN)).isEqualTo(
                "nga e hëna deri të premten, nga ora 08:30 deri në orën 17:00.");
        Prompt saturday = Prompt.of("office.day", PromptArg.weekday("day", DayOfWeek.SATURDAY),
                PromptArg.time("opens", LocalTime.of(9, 0)), PromptArg.time("closes", LocalTime.of(13, 0)));
        assertThat(written(saturday, Language.ALBANIAN)).isEqualTo("të shtunën, nga ora 09:00 deri në orën 13:00.");
        assertThat(spoken(saturday, Language.ALBANIAN)).isEqualTo("të shtunën nga ora nëntë deri në orën trembëdhjetë");
    }

    @Test
    void theLanguageMenuSaysEachChoiceInItsOwnLanguage() {
        for (Language caller : Language.values()) {
            // Each choice is a sentence of its own, ending with its own full stop's pause.
            assertThat(RENDERER.sounds(Prompt.of("language.menu"), caller)).containsExactly(
                    "en/ocss/language-option", "en/ocss/pause/long", "bn/ocss/language-option", "bn/ocss/pause/long",
                    "sq/ocss/language-option", "sq/ocss/pause/long");
        }
        assertThat(RENDERER.text(Prompt.of("language.menu"), Language.ALBANIAN))
                .isEqualTo("For English, type 1. বাংলার জন্য ২ লিখুন। Për shqip, shkruani 3.");
    }

    @Test
    void textFromTheDataIsPlayedWhole() {
        Prompt office = Prompt.of("office.local", PromptArg.text("name", "Bronx Child Support Office"));
        List<String> sounds = RENDERER.sounds(office, Language.BENGALI);
        // The piece ends with a colon and the sentence with a danda: a pause at each.
        assertThat(sounds).hasSize(4);
        assertThat(sounds.get(1)).isEqualTo("bn/ocss/pause/medium");
        assertThat(SOUNDS.textOf(sounds.get(2))).contains("Bronx Child Support Office");
        assertThat(sounds.get(3)).isEqualTo("bn/ocss/pause/long");
        assertThat(RENDERER.text(office, Language.BENGALI)).isEqualTo("আপনার স্থানীয় অফিস: Bronx Child Support Office।");
    }

    @Test
    void aPromptWithoutItsValuesIsAFlowBugAndIsRefused() {
        assertThatThrownBy(() -> RENDERER.text(Prompt.of("balance.past_due"), Language.ENGLISH))
                .hasMessageContaining("{amount:money}");
        assertThatThrownBy(() -> RENDERER.sounds(Prompt.of("balance.past_due", date("amount", LocalDate.now())),
                Language.ENGLISH)).hasMessageContaining("{amount:money}");
        assertThatThrownBy(() -> RENDERER.text(Prompt.of("call.goodbye", money("amount", 1)), Language.ENGLISH))
                .hasMessageContaining("amount");
        assertThatThrownBy(() -> RENDERER.text(Prompt.of("no.such.prompt"), Language.BENGALI))
                .hasMessageContaining("no.such.prompt");
    }

    /** What the TTY line types, with ICU's no-break spaces shown as spaces. */
    private static String written(Prompt prompt, Language language) {
        return RENDERER.text(prompt, language).replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    /** What the caller hears, as the words of the sound files one after the other (a pause says none). */
    private static String spoken(Prompt prompt, Language language) {
        return RENDERER.sounds(prompt, language).stream()
                .map(name -> SOUNDS.textOf(name).orElseThrow(() -> new AssertionError("no sound " + name)))
                .filter(words -> !words.isEmpty())
                .collect(Collectors.joining(" "))
                .replaceAll("[.:,]+(?= |$)", "").replaceAll("\\s+", " ");
    }
}
