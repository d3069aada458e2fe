package gov.ocss.ivr.prompts.spoken;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import gov.ocss.ivr.prompts.Language;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class DateWordsTest {

    /** Sunday 15 June 2025, noon in New York. */
    private static final Clock MID_2025 = Clock.fixed(Instant.parse("2025-06-15T16:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest(name = "{0} weekday={1}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-03-03 | false | March third
            2025-03-03 | true  | Monday March third
            2025-11-20 | false | November twentieth
            2025-08-23 | true  | Saturday August twenty-third
            2024-12-31 | false | December thirty-first twenty twenty-four
            2024-12-31 | true  | Tuesday December thirty-first twenty twenty-four
            2026-01-01 | false | January first twenty twenty-six
            2009-05-02 | false | May second two thousand nine
            """)
    void englishSaysTheOrdinalDayAndTheYearInTwoParts(LocalDate date, boolean weekday, String expected) {
        assertThat(spell(Language.ENGLISH, date, weekday)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} weekday={1}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-03-03 | false | তেসরা মার্চ
            2025-03-03 | true  | সোমবার তেসরা মার্চ
            2025-01-01 | false | পয়লা জানুয়ারি
            2025-02-21 | false | একুশে ফেব্রুয়ারি
            2025-11-20 | false | বিশে নভেম্বর
            2025-08-23 | true  | শনিবার তেইশে আগস্ট
            2024-12-01 | false | দুই হাজার চব্বিশ সালের পয়লা ডিসেম্বর
            2024-12-01 | true  | রবিবার দুই হাজার চব্বিশ সালের পয়লা ডিসেম্বর
            2024-12-31 | false | দুই হাজার চব্বিশ সালের একত্রিশে ডিসেম্বর
            2024-12-31 | true  | মঙ্গলবার দুই হাজার চব্বিশ সালের একত্রিশে ডিসেম্বর
            2026-01-01 | false | দুই হাজার ছাব্বিশ সালের পয়লা জানুয়ারি
            2026-02-14 | true  | শনিবার দুই হাজার ছাব্বিশ সালের চৌদ্দই ফেব্রুয়ারি
            """)
    void bengaliSaysTheDateWordBeforeTheMonthAndTheYearFirst(LocalDate date, boolean weekday, String expected) {
        assertThat(spell(Language.BENGALI, date, weekday)).isEqualTo(expected);
    }

    /** 29th with উন-, as the number is spelled (see IcuSpellout). */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1  | পয়লা
            2  | দোসরা
            3  | তেসরা
            4  | চৌঠা
            5  | পাঁচই
            6  | ছয়ই
            7  | সাতই
            8  | আটই
            9  | নয়ই
            10 | দশই
            11 | এগারোই
            12 | বারোই
            13 | তেরোই
            14 | চৌদ্দই
            15 | পনেরোই
            16 | ষোলোই
            17 | সতেরোই
            18 | আঠারোই
            19 | উনিশে
            20 | বিশে
            21 | একুশে
            22 | বাইশে
            23 | তেইশে
            24 | চব্বিশে
            25 | পঁচিশে
            26 | ছাব্বিশে
            27 | সাতাশে
            28 | আঠাশে
            29 | উনত্রিশে
            30 | ত্রিশে
            31 | একত্রিশে
            """)
    void everyBengaliDayOfTheMonthIsItsDateWordSaidAsOneWord(int day, String expected) {
        List<String> words = new DateWords(Language.BENGALI, MID_2025).date(LocalDate.of(2025, 1, day)).words();

        assertThat(words).containsExactly(expected, "জানুয়ারি");
    }

    @Test
    void aMonthIsSaidWithItsYearTheWayEachLanguageSaysIt() {
        DateWords english = new DateWords(Language.ENGLISH, MID_2025);
        DateWords bengali = new DateWords(Language.BENGALI, MID_2025);

        assertThat(english.month(LocalDate.of(2025, 12, 1)).text()).isEqualTo("December");
        assertThat(english.month(LocalDate.of(2024, 12, 1)).text()).isEqualTo("December twenty twenty-four");
        assertThat(bengali.month(LocalDate.of(2025, 12, 1)).text()).isEqualTo("ডিসেম্বর");
        // The catalog says "{period:month} মাসের": "দুই হাজার চব্বিশ সালের ডিসেম্বর মাসের".
        assertThat(bengali.month(LocalDate.of(2024, 12, 1)).text()).isEqualTo("দুই হাজার চব্বিশ সালের ডিসেম্বর");
    }

    @ParameterizedTest(name = "{0} weekday={1}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-03-03 | false | tre mars
            2025-03-03 | true  | e hënë tre mars
            2025-11-20 | false | njëzet nëntor
            2025-08-23 | true  | e shtunë njëzet e tre gusht
            2024-12-31 | false | tridhjetë e një dhjetor dy mijë e njëzet e katër
            2024-12-31 | true  | e martë tridhjetë e një dhjetor dy mijë e njëzet e katër
            2026-01-01 | false | një janar dy mijë e njëzet e gjashtë
            2023-04-13 | true  | e enjte trembëdhjetë prill dy mijë e njëzet e tre
            """)
    void albanianSaysTheDayBeforeALowerCaseMonth(LocalDate date, boolean weekday, String expected) {
        assertThat(spell(Language.ALBANIAN, date, weekday)).isEqualTo(expected);
    }

    @Test
    void theCurrentYearIsNewYorksEvenWhenUtcIsAlreadyInTheNextYear() {
        Clock newYearsEveInNewYork = Clock.fixed(Instant.parse("2026-01-01T03:00:00Z"), ZoneOffset.UTC);
        DateWords dates = new DateWords(Language.ENGLISH, newYearsEveInNewYork);

        assertThat(dates.date(LocalDate.of(2025, 12, 31)).text()).isEqualTo("December thirty-first");
        assertThat(dates.date(LocalDate.of(2026, 1, 2)).text()).isEqualTo("January second twenty twenty-six");
    }

    @Test
    void monthNamesAreIcusAndMatchEachLanguagesSpelling() {
        assertThat(monthsSpokenIn(Language.ENGLISH)).containsExactly("January", "February", "March", "April",
                "May", "June", "July", "August", "September", "October", "November", "December");
        assertThat(monthsSpokenIn(Language.BENGALI)).containsExactly("জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল",
                "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর");
        assertThat(monthsSpokenIn(Language.ALBANIAN)).containsExactly("janar", "shkurt", "mars", "prill",
                "maj", "qershor", "korrik", "gusht", "shtator", "tetor", "nëntor", "dhjetor");
        for (Language language : Language.values()) {
            String[] icuMonths = new DateFormatSymbols(ULocale.forLocale(language.locale()))
                    .getMonths(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE);
            assertThat(monthsSpokenIn(language)).containsExactly(icuMonths);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "BENGALI", mode = EnumSource.Mode.EXCLUDE)
    void theWordsAreIcusWeekdayDayMonthAndYear(Language language) {
        LocalDate date = LocalDate.of(2024, 12, 31);
        DateFormatSymbols symbols = new DateFormatSymbols(ULocale.forLocale(language.locale()));
        List<String> weekday = Arrays.asList(symbols.getWeekdays(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE)
                [com.ibm.icu.util.Calendar.TUESDAY].split(" "));
        String month = symbols.getMonths(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE)[11];
        List<String> day = IcuReference.words(language, 31,
                language == Language.ENGLISH ? "%spellout-ordinal" : IcuReference.cardinalRuleSet(language));
        List<String> year = IcuReference.words(language, 2024, "%spellout-numbering-year");

        List<String> expected = new ArrayList<>(weekday);
        if (language == Language.ENGLISH) {
            expected.add(month);
            expected.addAll(day);
        } else {
            expected.addAll(day);
            expected.add(month);
        }
        expected.addAll(year);

        assertThat(new DateWords(language, MID_2025).dateWithWeekday(date).words()).isEqualTo(expected);
    }

    @Test
    void bengaliWordsAreIcusWeekdayAndMonthWithTheYearAndTheDateWordBetween() {
        LocalDate date = LocalDate.of(2024, 12, 31);
        DateFormatSymbols symbols = new DateFormatSymbols(ULocale.forLocale(Language.BENGALI.locale()));

        List<String> expected = new ArrayList<>();
        expected.add(symbols.getWeekdays(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE)
                [com.ibm.icu.util.Calendar.TUESDAY]);
        expected.addAll(IcuReference.words(Language.BENGALI, 2024, "%spellout-numbering-year"));
        expected.add("সালের");
        expected.add("একত্রিশে");
        expected.add(symbols.getMonths(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE)[11]);

        assertThat(new DateWords(Language.BENGALI, MID_2025).dateWithWeekday(date).words()).isEqualTo(expected);
    }

    private static List<String> monthsSpokenIn(Language language) {
        DateWords dates = new DateWords(language, MID_2025);
        List<String> months = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            List<String> words = dates.date(LocalDate.of(2025, month, 1)).words();
            // English puts the month first; Bengali and Albanian after the one-word day.
            months.add(language == Language.ENGLISH ? words.get(0) : words.get(words.size() - 1));
        }
        return months;
    }

    private static String spell(Language language, LocalDate date, boolean weekday) {
        DateWords dates = new DateWords(language, MID_2025);
        return (weekday ? dates.dateWithWeekday(date) : dates.date(date)).text();
    }
}
