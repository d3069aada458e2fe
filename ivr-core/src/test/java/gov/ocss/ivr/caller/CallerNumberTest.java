package gov.ocss.ivr.caller;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The caller id, as far as the PIN throttle trusts it: digits, or withheld. */
class CallerNumberTest {

    @Test
    void aNumberIsKeptAsItsDigitsWhicheverWayItIsWritten() {
        assertThat(CallerNumber.of("7185551234").key()).isEqualTo("7185551234");
        assertThat(CallerNumber.of("+1 (718) 555-1234")).isEqualTo(CallerNumber.of("17185551234"));
        assertThat(CallerNumber.of(" 718.555.1234 ").key()).isEqualTo("7185551234");
    }

    @Test
    void noNumberOrAnythingButANumberIsWithheld() {
        for (String callerId : new String[] {null, "", "unknown", "anonymous", "Restricted", "12", "718555123456789012345",
                "7185551234'; drop table ivr.pin_attempt; --", "718\r\n555", "৭১৮৫৫৫১২৩৪", "${CALLERID(num)}"}) {
            assertThat(CallerNumber.of(callerId).withheld()).as("%s", callerId).isTrue();
            assertThat(CallerNumber.of(callerId).key()).isEqualTo("withheld");
        }
    }

    @Test
    void aLogLineShowsOnlyTheLastFourDigits() {
        assertThat(CallerNumber.of("7185551234")).hasToString("…1234");
        assertThat(CallerNumber.WITHHELD).hasToString("withheld");
    }
}
