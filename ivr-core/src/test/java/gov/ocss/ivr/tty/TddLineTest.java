package gov.ocss.ivr.tty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The line's side of a TDD conversation, with minimodem as the caller's TDD: what the line sends,
 * minimodem prints; what minimodem types, the line reads, at either speed, with the line's echo,
 * and over the line while it is still sending.
 */
class TddLineTest {
    private static final Duration MINUTE = Duration.ofSeconds(60);
    private static final Duration PAUSE = Duration.ofSeconds(5);

    @TempDir
    Path folder;

    @BeforeAll
    static void minimodemIsHere() {
        Minimodem.assumeInstalled();
    }

    @Test
    void theCallersTddPrintsWhatTheLineSends() throws Exception {
        Phone phone = new Phone(new short[0]);
        TddLine line = new TddLine(phone);

        assertThat(line.send("\r\nYOUR PAST-DUE BALANCE IS $1,234.56. PRESS 1 TO HEAR IT AGAIN GA")).isTrue();

        assertThat(new Minimodem(folder).reads(phone.heard()).trim())
                .isEqualTo("YOUR PAST-DUE BALANCE IS $1,234.56. PRESS 1 TO HEAR IT AGAIN GA");
    }

    @Test
    void anAnswerEndsWithGaAndGaIsNotPartOfIt() throws Exception {
        Phone phone = new Phone(after(1.0, new Minimodem(folder).types("2 GA")));

        assertThat(new TddLine(phone).answer(MINUTE, PAUSE)).contains("2");
    }

    @Test
    void anAnswerEndsWithANewLine() throws Exception {
        Phone phone = new Phone(after(0.5, new Minimodem(folder).types("123-456-7890\r\n")));

        assertThat(new TddLine(phone).answer(MINUTE, PAUSE)).contains("123-456-7890");
    }

    @Test
    void aCallerWhoStopsTypingWithoutGaHasAnsweredAfterThePause() throws Exception {
        Phone phone = new Phone(after(0.5, new Minimodem(folder).types("80024")));
        TddLine line = new TddLine(phone);

        assertThat(line.answer(MINUTE, PAUSE)).contains("80024");
        assertThat(phone.secondsHeard()).as("answered about 5 s after the last character").isBetween(5.5, 8.0);
    }

    @Test
    void nothingTypedIsNoAnswerOnceTheWaitIsOver() {
        Phone phone = new Phone(new short[0]);

        assertThat(new TddLine(phone).answer(Duration.ofSeconds(10), PAUSE)).isEmpty();
        assertThat(phone.secondsHeard()).isBetween(10.0, 10.1);
    }

    @Test
    void aTddAtFiftyBaudIsReadToo() throws Exception {
        Phone phone = new Phone(after(0.5, new Minimodem(folder).typesAt50Baud("1234567890 GA")));
        TddLine line = new TddLine(phone);

        assertThat(line.answer(MINUTE, PAUSE)).contains("1234567890");
        assertThat(line.baud()).isEqualTo(50);
    }

    /** The speed is judged on the caller's first burst of typing, which is often one key. */
    @ParameterizedTest
    @ValueSource(strings = {"2", "0", "1 GA", "3 GA", "AGENT GA", "R"})
    void aShortFirstAnswerIsReadAtTheSpeedItWasTyped(String typed) throws Exception {
        String expected = typed.replace(" GA", "");
        TddLine us = new TddLine(new Phone(after(0.5, new Minimodem(folder).types(typed))));
        assertThat(us.answer(MINUTE, PAUSE)).contains(expected);
        assertThat(us.baud()).isEqualTo(45.45);

        TddLine europe = new TddLine(new Phone(after(0.5, new Minimodem(folder).typesAt50Baud(typed))));
        assertThat(europe.answer(MINUTE, PAUSE)).contains(expected);
        assertThat(europe.baud()).isEqualTo(50);
    }

    @Test
    void aCallerWhoTypesWhileTheLineSendsStopsItAndIsRead() throws Exception {
        // The line's turn takes about 12 s; the caller knows the menu and types 2 after 3 s.
        Phone phone = new Phone(after(3.0, new Minimodem(folder).types("2 GA")));
        TddLine line = new TddLine(phone);

        boolean sentAll = line.send("\r\nFOR ENGLISH, TYPE 1. FOR BENGALI, TYPE 2. FOR ALBANIAN, TYPE 3. TYPE R TO READ THIS AGAIN GA");

        assertThat(sentAll).isFalse();
        assertThat(phone.secondsHeard()).as("stopped soon after the caller began").isLessThan(4.5);
        assertThat(line.answer(MINUTE, PAUSE)).contains("2");
    }

    /**
     * The line stops at the end of the character it is sending when the caller types over it; the
     * character it would have sent next never goes out, so a key of the caller's like it is no echo.
     * Typed over every 20 ms of five seconds of text full of spaces, "1 GA" must read "1" each time.
     */
    @Test
    void aKeyTypedOverTheLineIsNotTakenForTheEchoOfTheCharacterTheLineStoppedBefore() throws Exception {
        Minimodem tdd = new Minimodem(folder);
        short[] firstAnswer = after(0.5, tdd.types("2 GA"));
        short[] overTheLine = tdd.types("1 GA");
        Phone first = new Phone(firstAnswer);
        assertThat(new TddLine(first).answer(MINUTE, PAUSE)).contains("2");
        double lineStarts = first.secondsHeard();

        for (int ms = 1000; ms < 6000; ms += 20) {
            short[] call = Arrays.copyOf(firstAnswer, (int) ((lineStarts + ms / 1000.0) * 8000) + overTheLine.length);
            System.arraycopy(overTheLine, 0, call, call.length - overTheLine.length, overTheLine.length);
            TddLine line = new TddLine(new Phone(call));
            assertThat(line.answer(MINUTE, PAUSE)).contains("2");

            assertThat(line.send("\r\nTO SEE THESE CHOICES ONCE MORE, TYPE R. TO SEE THESE CHOICES ONCE MORE, TYPE R GA")).isFalse();
            assertThat(line.answer(MINUTE, PAUSE)).as("typed %d ms into the line's turn", ms).contains("1");
        }
    }

    @Test
    void theLinesOwnEchoIsNotTakenForTheCaller() throws Exception {
        Phone phone = new Phone(new short[0]).withEcho(0.1, 400);
        TddLine line = new TddLine(phone);

        assertThat(line.send("\r\nPLEASE TYPE YOUR 10-DIGIT CASE NUMBER GA")).isTrue();
        assertThat(line.answer(Duration.ofSeconds(5), PAUSE)).isEmpty();
    }

    /**
     * On a line with no echo, a caller who answers our GA at once with AGENT is read whole: the A
     * they type is not our own A of GA coming back (it was, on the real Asterisk, when it came within
     * the echo's delay).
     */
    @ParameterizedTest(name = "typing from {0} s after the line's last character")
    @ValueSource(doubles = {0.0, 0.05, 0.1, 0.2})
    void aCallerWhoAnswersAtOnceIsNotTakenForAnEchoWhereThereIsNone(double delay) throws Exception {
        String prompt = "\r\nTO SPEAK WITH A PERSON, TYPE AGENT GA";
        int[] ends = new BaudotTransmitter(45.45, 2, -10).send(prompt).ends();
        Phone phone = new Phone(after(ends[ends.length - 1] / 8000.0 + delay, new Minimodem(folder).types("AGENT GA")));
        TddLine line = new TddLine(phone);

        assertThat(line.send(prompt)).isTrue();
        assertThat(line.answer(MINUTE, PAUSE)).contains("AGENT");
    }

    @Test
    void theCallerIsReadThroughTheLinesEcho() throws Exception {
        Phone phone = new Phone(after(14.0, new Minimodem(folder).types("3 GA"))).withEcho(0.1, 400);
        TddLine line = new TddLine(phone);

        line.send("\r\nPLEASE TYPE YOUR 10-DIGIT CASE NUMBER GA");
        assertThat(line.answer(MINUTE, PAUSE)).contains("3");
    }

    @Test
    void whenTheCallsAudioEndsTheLineSaysSo() {
        Phone phone = new Phone(new short[0]).hangsUpAfter(2.0);

        assertThatThrownBy(() -> new TddLine(phone).answer(MINUTE, PAUSE)).isInstanceOf(IllegalStateException.class);
    }

    private static short[] after(double seconds, short[] typed) {
        short[] audio = new short[(int) (seconds * 8000) + typed.length];
        System.arraycopy(typed, 0, audio, audio.length - typed.length, typed.length);
        return audio;
    }

    /**
     * The caller's end of the call, in 20 ms frames as Asterisk sends them: what the caller's TDD
     * sends (then silence), with, if asked, the line's own sound coming back as a hybrid's echo.
     */
    private static final class Phone implements TddLine.Audio {
        private static final int FRAME = 160;
        private final short[] typed;
        private final ByteArrayOutputStream heard = new ByteArrayOutputStream();
        private short[] sent = new short[8000 * 120];
        private int position;
        private double echoGain;
        private int echoDelay;
        private long hangUpAt = 8000L * 600;

        Phone(short[] typed) {
            this.typed = typed;
        }

        /** The echo comes back at least a frame later: a VoIP path buffers each way. */
        Phone withEcho(double gain, int delaySamples) {
            assertThat(delaySamples).isGreaterThanOrEqualTo(FRAME);
            this.echoGain = gain;
            this.echoDelay = delaySamples;
            return this;
        }

        Phone hangsUpAfter(double seconds) {
            this.hangUpAt = (long) (seconds * 8000);
            return this;
        }

        @Override
        public short[] read() {
            if (position >= hangUpAt) {
                throw new IllegalStateException("hung up");
            }
            short[] frame = new short[FRAME];
            for (int i = 0; i < FRAME; i++) {
                int at = position + i;
                double sample = at < typed.length ? typed[at] : 0;
                if (at - echoDelay >= 0 && at - echoDelay < sent.length) {
                    sample += echoGain * sent[at - echoDelay];
                }
                frame[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(sample)));
            }
            position += FRAME;
            return frame;
        }

        @Override
        public void write(short[] frame) {
            assertThat(frame).hasSize(FRAME);
            int at = position - FRAME;
            if (at + FRAME > sent.length) {
                sent = Arrays.copyOf(sent, sent.length * 2);
            }
            System.arraycopy(frame, 0, sent, at, FRAME);
            for (short sample : frame) {
                heard.write(sample & 0xff);
                heard.write(sample >> 8 & 0xff);
            }
        }

        short[] heard() {
            byte[] bytes = heard.toByteArray();
            short[] samples = new short[bytes.length / 2];
            for (int i = 0; i < samples.length; i++) {
                samples[i] = (short) (bytes[2 * i] & 0xff | bytes[2 * i + 1] << 8);
            }
            return samples;
        }

        double secondsHeard() {
            return position / 8000.0;
        }
    }
}
