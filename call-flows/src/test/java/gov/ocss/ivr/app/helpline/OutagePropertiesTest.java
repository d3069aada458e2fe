package gov.ocss.ivr.app.helpline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.ocss.ivr.app.config.ConfigurationProblem;
import gov.ocss.ivr.ledger.OpeningHours;
import java.time.DayOfWeek;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** The office hours the line says during an outage, as an operator writes them. */
class OutagePropertiesTest {

    @Test
    void weekdaysAndASaturdayMorningAreTheHoursTheLineSays() {
        assertThat(new OutageProperties(" sat 09:00-13:00 , MON-FRI 08:30-17:00").hours())
                .hasSize(6)
                .startsWith(new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(8, 30), LocalTime.of(17, 0)))
                .endsWith(new OpeningHours(DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(13, 0)));
        assertThat(new OutageProperties("SUN 10:00-12:00").hours())
                .containsExactly(new OpeningHours(DayOfWeek.SUNDAY, LocalTime.of(10, 0), LocalTime.of(12, 0)));
    }

    @Test
    void hoursThatCannotBeMeantStopTheStartNamingTheSetting() {
        for (String wrong : new String[] {"FRI-MON 08:30-17:00", "MON 17:00-08:30", "MON-FRI 08:30-17:00, FRI 09:00-12:00"}) {
            assertThatThrownBy(() -> new OutageProperties(wrong).hours()).as(wrong)
                    .isInstanceOf(ConfigurationProblem.class)
                    .hasMessageContaining("ivr.outage.office-hours");
        }
    }
}
