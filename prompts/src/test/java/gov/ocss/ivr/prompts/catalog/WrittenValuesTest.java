package gov.ocss.ivr.prompts.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.prompts.PromptArg;
import gov.ocss.ivr.prompts.spoken.TimeWords;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WrittenValuesTest {
    /** Sunday 15 June 2025, noon in New York. */
    private static final Clock MID_2025 = Clock.fixed(Instant.parse("2025-06-15T16:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            BENGALI  | DATE         | 2024-12-01 | ২০২৪ সালের ১ ডিসেম্বর
            BENGALI  | MONTH        | 2024-12-01 | ২০২৪ সালের ডিসেম্বর
            BENGALI  | WEEKDAY_DATE | 2024-12-01 | রবিবার, ২০২৪ সালের ১ ডিসেম্বর
            BENGALI  | DATE         | 2025-12-01 | ১ ডিসেম্বর
            BENGALI  | MONTH        | 2025-12-01 | ডিসেম্বর
            ENGLISH  | DATE         | 2024-12-01 | December 1, 2024
            ENGLISH  | MONTH        | 2024-12-01 | December 2024
            ENGLISH  | DATE         | 2025-12-01 | December 1
            ALBANIAN | DATE         | 2024-12-01 | 1 dhjetor 2024
            ALBANIAN | DATE         | 2025-12-01 | 1 dhjetor
            """)
    void aDateIsWrittenWithItsYearInTheOrderItIsSaid(Language language, PlaceholderType type, LocalDate date,
            String expected) {
        String written = new WrittenValues(language, MID_2025).write(type, PromptArg.date("date", date));

        assertThat(written.replace('\u00A0', ' ')).isEqualTo(expected);
    }

    @Test
    void aBengaliTimeIsWrittenWithThePartOfTheDayTheVoiceSays() {
        WrittenValues bengali = new WrittenValues(Language.BENGALI, MID_2025);

        assertThat(bengali.write(PlaceholderType.TIME, PromptArg.time("t", LocalTime.of(17, 0)))).isEqualTo("বিকেল ৫:০০");
        for (int hour = 0; hour < 24; hour++) {
            LocalTime time = LocalTime.of(hour, 30);
            String written = bengali.write(PlaceholderType.TIME, PromptArg.time("t", time));
            String said = TimeWords.of(Language.BENGALI).time(time).words().get(0);
            assertThat(written).as(time.toString()).startsWith(said + " ");
        }
    }
}
