package gov.ocss.ivr.prompts.spoken;

import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.prompts.Language;
import java.time.DayOfWeek;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WeekdaysTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            MONDAY    | Monday    | সোমবার     | e hëna    | të hënën
            TUESDAY   | Tuesday   | মঙ্গলবার    | e marta   | të martën
            WEDNESDAY | Wednesday | বুধবার      | e mërkura | të mërkurën
            THURSDAY  | Thursday  | বৃহস্পতিবার | e enjtja  | të enjten
            FRIDAY    | Friday    | শুক্রবার    | e premtja | të premten
            SATURDAY  | Saturday  | শনিবার     | e shtuna  | të shtunën
            SUNDAY    | Sunday    | রবিবার     | e diela   | të dielën
            """)
    void albanianNamesADayInTheNominativeAndSaysWhenInTheAccusative(DayOfWeek day, String english, String bengali,
                                                                   String albanianNamed, String albanianWhen) {
        assertThat(Weekdays.name(Language.ENGLISH, day)).isEqualTo(english);
        assertThat(Weekdays.when(Language.ENGLISH, day)).isEqualTo(english);
        assertThat(Weekdays.name(Language.BENGALI, day)).isEqualTo(bengali);
        assertThat(Weekdays.when(Language.BENGALI, day)).isEqualTo(bengali);
        assertThat(Weekdays.name(Language.ALBANIAN, day)).isEqualTo(albanianNamed);
        assertThat(Weekdays.when(Language.ALBANIAN, day)).isEqualTo(albanianWhen);
    }
}
