package gov.ocss.ivr.tty;

import gov.ocss.ivr.tty.BaudotCode.Code;
import gov.ocss.ivr.tty.BaudotCode.Shift;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Text to the sound a TDD makes: 45.45 baud FSK, mark (1) 1400 Hz and space (0) 1800 Hz, each
 * character a start bit (space), five data bits (least significant first) and stop bits (mark),
 * as 8 kHz 16-bit signed linear samples, the audio Asterisk's AudioSocket carries. The tone's phase
 * runs on from bit to bit, as a TDD's does. Each transmission begins with a short mark (the
 * carrier a TDD listens for) and the shift in force, which TDDs expect after a pause; a shift is sent
 * again whenever the next character needs the other one. Characters a TTY cannot print are left out.
 */
final class BaudotTransmitter {
    static final int SAMPLE_RATE = 8000;
    static final double MARK_HZ = 1400;
    static final double SPACE_HZ = 1800;
    /** 0 dBm0 as a 16-bit sine's peak (G.711's digital milliwatt, 3.17 dB under full scale). */
    static final double ZERO_DBM0_PEAK = 22_250;

    private final double samplesPerBit;
    private final double stopBits;
    private final double peak;
    private final double markHz;
    private final double spaceHz;
    private double phase;

    /** {@code baud} 45.45 (or 50), {@code stopBits} 1.5 or 2, the level in dBm0 (e.g. -10). */
    BaudotTransmitter(double baud, double stopBits, double levelDbm0) {
        this(baud, stopBits, levelDbm0, 1);
    }

    /** With both tones off by {@code frequencyScale} (1.03: 3% high), as an old TDD's may be. */
    BaudotTransmitter(double baud, double stopBits, double levelDbm0, double frequencyScale) {
        this.samplesPerBit = SAMPLE_RATE / baud;
        this.stopBits = stopBits;
        this.peak = ZERO_DBM0_PEAK * Math.pow(10, levelDbm0 / 20);
        this.markHz = MARK_HZ * frequencyScale;
        this.spaceHz = SPACE_HZ * frequencyScale;
    }

    /** A TDD's usual settings at -10 dBm0. */
    static BaudotTransmitter tdd() {
        return new BaudotTransmitter(45.45, 2, -10);
    }

    /** The samples for {@code text}, with the carrier's lead-in and a short hold after it. */
    short[] transmit(String text) {
        return send(text).samples();
    }

    /**
     * The sound of {@code text}, and where each character sent ends in it: the line stops only at the
     * end of a character, and knows its own echo by what it sent when.
     */
    Transmission send(String text) {
        Samples out = new Samples();
        StringBuilder sent = new StringBuilder();
        List<Integer> ends = new ArrayList<>();
        tone(out, markHz, 150 * SAMPLE_RATE / 1000.0);
        Shift shift = null;
        boolean afterSpace = false;
        for (char c : text.toCharArray()) {
            Optional<Code> code = BaudotCode.of(c);
            if (code.isEmpty()) {
                continue;
            }
            Optional<Shift> needed = code.get().shift();
            // Most TDDs go back to letters after a space ("unshift on space"), others do not: a figure
            // after a space gets FIGS again, a letter after figures gets LTRS, so both read it right.
            if (needed.isPresent() && (needed.get() != shift || afterSpace && needed.get() == Shift.FIGURES)) {
                character(out, needed.get() == Shift.LETTERS ? BaudotCode.LTRS : BaudotCode.FIGS);
                shift = needed.get();
            }
            character(out, code.get().bits());
            sent.append(c);
            ends.add(out.size);
            afterSpace = c == ' ';
        }
        tone(out, markHz, 100 * SAMPLE_RATE / 1000.0);
        return new Transmission(out.toArray(), sent.toString(), ends.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * @param samples the sound, lead-in and hold included
     * @param characters what was sent (characters a TTY cannot print left out)
     * @param ends       where each of them ends in {@code samples}
     */
    record Transmission(short[] samples, String characters, int[] ends) {
    }

    private void character(Samples out, int bits) {
        tone(out, spaceHz, samplesPerBit);
        for (int i = 0; i < 5; i++) {
            tone(out, (bits >> i & 1) == 1 ? markHz : spaceHz, samplesPerBit);
        }
        tone(out, markHz, samplesPerBit * stopBits);
    }

    /** Appends the tone up to {@code samples} more (fractional lengths carry over, so bits keep their timing). */
    private void tone(Samples out, double hz, double samples) {
        double end = out.exactLength + samples;
        while (out.size < Math.round(end)) {
            out.add((short) Math.round(peak * Math.sin(phase)));
            phase += 2 * Math.PI * hz / SAMPLE_RATE;
        }
        out.exactLength = end;
        phase %= 2 * Math.PI;
    }

    private static final class Samples {
        short[] data = new short[8192];
        int size;
        double exactLength;

        void add(short sample) {
            if (size == data.length) {
                data = java.util.Arrays.copyOf(data, size * 2);
            }
            data[size++] = sample;
        }

        short[] toArray() {
            return java.util.Arrays.copyOf(data, size);
        }
    }
}
