package gov.ocss.ivr.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Keys on a simulated phone: barge-in, type-ahead, and how GET DATA ends. */
class KeyBufferTest {
    private static final long NO_HANGUP = Long.MAX_VALUE;
    private final KeyBuffer keys = new KeyBuffer();

    private void press(String pressed, long at) {
        for (char c : pressed.toCharArray()) {
            keys.press(c, at);
        }
    }

    @Test
    void bargeInTakesTheFirstEscapeDigitAndKeepsTheKeysAfterIt() {
        press("951", 100);

        KeyBuffer.Key stop = keys.takeEscapeBefore("5", 2000);

        assertThat(stop).isEqualTo(new KeyBuffer.Key('5', 100));
        assertThat(keys.takeDiscarded()).as("9 is not an escape digit: dropped").isEqualTo(1);
        assertThat(keys.takeAnyBefore(2000)).as("1 was typed ahead").isEqualTo(new KeyBuffer.Key('1', 100));
    }

    @Test
    void keysThatAreNotEscapeDigitsAreDroppedDuringPlayback() {
        press("*7", 100);

        assertThat(keys.takeEscapeBefore("123", 2000)).isNull();
        assertThat(keys.isEmpty()).isTrue();
        assertThat(keys.takeDiscarded()).isEqualTo(2);
    }

    @Test
    void keysPressedAfterThePlaybackEndedWaitForTheNextCommand() {
        press("5", 3000);

        assertThat(keys.takeEscapeBefore("5", 2000)).isNull();
        assertThat(keys.size()).isEqualTo(1);
    }

    @Test
    void keysStayInTheOrderTheyWerePressed() {
        keys.press('2', 500);
        keys.press('1', 100);
        keys.press('3', 500);

        assertThat(keys.takeAnyBefore(1000).key()).isEqualTo('1');
        assertThat(keys.takeAnyBefore(1000).key()).isEqualTo('2');
        assertThat(keys.takeAnyBefore(1000).key()).isEqualTo('3');
    }

    @Test
    void poundEndsGetDataAndIsNotKept() {
        press("98#", 0);

        DigitEntry.Result entry = DigitEntry.read(keys, 0, 1000, 3000, 3000, 10, NO_HANGUP);

        assertThat(entry.outcome()).isEqualTo(DigitEntry.Outcome.COMPLETE);
        assertThat(entry.digits()).isEqualTo("98");
        assertThat(keys.isEmpty()).isTrue();
    }

    @Test
    void poundAloneEndsGetDataWithNothing() {
        press("#", 200);

        DigitEntry.Result entry = DigitEntry.read(keys, 0, 1000, 3000, 3000, 10, NO_HANGUP);

        assertThat(entry.outcome()).isEqualTo(DigitEntry.Outcome.EMPTY_END);
        assertThat(entry.digits()).isEmpty();
    }

    @Test
    void getDataStopsAtMaxDigitsAndLeavesTheRestTypedAhead() {
        press("12345", 0);

        DigitEntry.Result entry = DigitEntry.read(keys, 0, 1000, 4000, 4000, 4, NO_HANGUP);

        assertThat(entry.outcome()).isEqualTo(DigitEntry.Outcome.COMPLETE);
        assertThat(entry.digits()).isEqualTo("1234");
        assertThat(keys.takeAnyBefore(Long.MAX_VALUE).key()).isEqualTo('5');
    }

    @Test
    void anyKeyStopsTheGetDataPromptAndCountsAsTheFirstDigit() {
        press("*", 300);

        DigitEntry.Result entry = DigitEntry.read(keys, 0, 5000, 3000, 3000, 1, NO_HANGUP);

        assertThat(entry.digits()).isEqualTo("*");
        assertThat(entry.endMillis()).isEqualTo(300);
    }

    @Test
    void someDigitsThenSilenceTimeOutWithTheDigits() {
        press("12", 100);

        DigitEntry.Result entry = DigitEntry.read(keys, 0, 1000, 5000, 3000, 5, NO_HANGUP);

        assertThat(entry.outcome()).isEqualTo(DigitEntry.Outcome.TIMEOUT);
        assertThat(entry.digits()).isEqualTo("12");
        assertThat(entry.endMillis()).as("inter-digit timeout after the last key").isEqualTo(3100);
    }

    @Test
    void noDigitTimesOutAfterThePromptAndTheFirstDigitTimeout() {
        DigitEntry.Result entry = DigitEntry.read(keys, 1000, 2000, 8000, 8000, 5, NO_HANGUP);

        assertThat(entry.outcome()).isEqualTo(DigitEntry.Outcome.TIMEOUT);
        assertThat(entry.digits()).isEmpty();
        assertThat(entry.endMillis()).isEqualTo(11_000);
    }

    @Test
    void aKeyAfterTheTimeoutIsNotPartOfTheEntry() {
        press("1", 100);
        press("2", 9000);

        DigitEntry.Result entry = DigitEntry.read(keys, 0, 1000, 3000, 3000, 5, NO_HANGUP);

        assertThat(entry.digits()).isEqualTo("1");
        assertThat(keys.size()).isEqualTo(1);
    }

    @Test
    void hangingUpDuringEntryEndsIt() {
        press("12", 100);

        DigitEntry.Result entry = DigitEntry.read(keys, 0, 1000, 5000, 3000, 5, 2000);

        assertThat(entry.outcome()).isEqualTo(DigitEntry.Outcome.HANGUP);
        assertThat(entry.endMillis()).isEqualTo(2000);
    }

    @Test
    void aKeyPressedAtTheMomentOfHangingUpStillCounts() {
        press("1", 500);

        DigitEntry.Result entry = DigitEntry.read(keys, 0, 1000, 5000, 3000, 1, 500);

        assertThat(entry.outcome()).isEqualTo(DigitEntry.Outcome.COMPLETE);
    }

    @Test
    void anEndlessWaitWithNothingMoreToComeIsGivenUp() {
        DigitEntry.Result entry = DigitEntry.read(keys, 0, 0, -1, -1, 5, NO_HANGUP);

        assertThat(entry.outcome()).isEqualTo(DigitEntry.Outcome.GAVE_UP);
    }

    @Test
    void zeroMaxDigitsFailsAtOnce() {
        assertThat(DigitEntry.read(keys, 0, 1000, 5000, 5000, 0, NO_HANGUP).outcome()).isEqualTo(DigitEntry.Outcome.FAILED);
    }
}
