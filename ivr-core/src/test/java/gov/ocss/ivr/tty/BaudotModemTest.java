package gov.ocss.ivr.tty;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Random;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Baudot modem against what a phone line does to a TDD's tones: G.711 u-law companding, levels
 * from -10 to -40 dBm0, noise, carriers a few percent off, and a text split across audio frames.
 */
class BaudotModemTest {
    /** What the TTY line sends most: letters, figures, money, punctuation, and the TTY conventions. */
    private static final String BALANCE = "YOUR PAST-DUE BALANCE IS $2,504.92. FOR MORE, TYPE 1 (OR R). GA";

    @Test
    void whatItSendsItReadsBack() {
        assertThat(receive(BaudotTransmitter.tdd().transmit(BALANCE))).isEqualTo(BALANCE);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-10, -20, -30, -40})
    void aTddHeardThroughULawAtAnyLevelAPhoneLineDelivers(double levelDbm0) throws IOException {
        short[] line = throughULaw(new BaudotTransmitter(45.45, 2, levelDbm0).transmit(BALANCE));
        assertThat(receive(line)).isEqualTo(BALANCE);
    }

    /**
     * Between -40 dBm0 and the receiver's floor: where mark turns to space, each tone fills half the window
     * and its power is 6 dB down, so a tone less than 6 dB above the floor dips under it at every start bit.
     */
    @ParameterizedTest
    @ValueSource(doubles = {-43, -45, -47})
    void aTddQuieterThanFortyDecibelsIsReadDownToTheFloor(double levelDbm0) throws IOException {
        short[] line = throughULaw(new BaudotTransmitter(45.45, 2, levelDbm0).transmit(BALANCE));
        assertThat(receive(line)).isEqualTo(BALANCE);
    }

    @Test
    void aTddAtFortyDecibelsDownInNoiseOnlyThreeDecibelsUnderItIsRead() throws IOException {
        assertThat(receive(throughULaw(withNoise(new BaudotTransmitter(45.45, 2, -40).transmit(BALANCE), -40, 3))))
                .isEqualTo(BALANCE);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.97, 0.98, 1.02, 1.03})
    void aCarrierAFewPercentOffIsStillRead(double scale) {
        assertThat(receive(new BaudotTransmitter(45.45, 2, -10, scale).transmit(BALANCE))).isEqualTo(BALANCE);
    }

    @Test
    void lineNoiseTwelveDecibelsUnderAQuietTddDoesNotChangeAWord() throws IOException {
        short[] tones = new BaudotTransmitter(45.45, 1.5, -30).transmit(BALANCE);
        assertThat(receive(throughULaw(withNoise(tones, -30, 12)))).isEqualTo(BALANCE);
    }

    @Test
    void audioArrivingIn20MillisecondFramesReadsTheSameAsAllAtOnce() {
        short[] tones = BaudotTransmitter.tdd().transmit(BALANCE);
        BaudotReceiver receiver = BaudotReceiver.tdd();
        StringBuilder read = new StringBuilder();
        for (int from = 0; from < tones.length; from += 160) {
            short[] frame = java.util.Arrays.copyOfRange(tones, from, Math.min(tones.length, from + 160));
            receiver.accept(frame);
            read.append(receiver.take());
        }
        assertThat(read).hasToString(BALANCE);
    }

    @Test
    void silenceAndAToneThatIsNoTddReadAsNothing() {
        BaudotReceiver receiver = BaudotReceiver.tdd();
        receiver.accept(new short[8000]);
        short[] dialTone = new short[8000];
        for (int i = 0; i < dialTone.length; i++) {
            dialTone[i] = (short) (4000 * (Math.sin(2 * Math.PI * 350 * i / 8000) + Math.sin(2 * Math.PI * 440 * i / 8000)));
        }
        receiver.accept(dialTone);
        assertThat(receiver.take()).isEmpty();
    }

    @Test
    void charactersATtyCannotPrintAreLeftOutAndLowerCaseIsSentAsCapitals() {
        assertThat(receive(BaudotTransmitter.tdd().transmit("Pay €5 now"))).isEqualTo("PAY 5 NOW");
    }

    /**
     * The tones of a TDD at {@code levelDbm0} with white Gaussian noise {@code snrDb} under them (over the
     * whole 4 kHz band), from a quarter second before the tones to a quarter second after.
     */
    private static short[] withNoise(short[] tones, double levelDbm0, double snrDb) {
        Random noise = new Random(2084485);
        double sigma = BaudotTransmitter.ZERO_DBM0_PEAK * Math.pow(10, levelDbm0 / 20) / Math.sqrt(2) * Math.pow(10, -snrDb / 20);
        short[] noisy = new short[tones.length + 4000];
        for (int i = 0; i < noisy.length; i++) {
            double tone = i >= 2000 && i - 2000 < tones.length ? tones[i - 2000] : 0;
            noisy[i] = (short) Math.max(-32768, Math.min(32767, Math.round(tone + noise.nextGaussian() * sigma)));
        }
        return noisy;
    }

    static String receive(short[] samples) {
        BaudotReceiver receiver = BaudotReceiver.tdd();
        receiver.accept(samples);
        receiver.accept(new short[800]);
        return receiver.take();
    }

    /** The samples as a G.711 u-law line carries them: to u-law and back, by the JDK's own codec. */
    static short[] throughULaw(short[] samples) throws IOException {
        AudioFormat linear = new AudioFormat(8000, 16, 1, true, false);
        AudioFormat ulaw = new AudioFormat(AudioFormat.Encoding.ULAW, 8000, 8, 1, 1, 8000, false);
        ByteBuffer bytes = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (short sample : samples) {
            bytes.putShort(sample);
        }
        try (AudioInputStream pcm = new AudioInputStream(new ByteArrayInputStream(bytes.array()), linear, samples.length);
             AudioInputStream companded = AudioSystem.getAudioInputStream(ulaw, pcm)) {
            byte[] law = companded.readAllBytes();
            try (AudioInputStream back = AudioSystem.getAudioInputStream(linear,
                    new AudioInputStream(new ByteArrayInputStream(law), ulaw, law.length))) {
                ByteBuffer out = ByteBuffer.wrap(back.readAllBytes()).order(ByteOrder.LITTLE_ENDIAN);
                short[] result = new short[out.remaining() / 2];
                out.asShortBuffer().get(result);
                return result;
            }
        }
    }
}
