package gov.ocss.ivr.tty;

import gov.ocss.ivr.tty.BaudotCode.Shift;

/**
 * The sound of a TDD back to text, sample by sample as a call's audio arrives (8 kHz 16-bit signed
 * linear). Each sample is mixed with the mark and the space tone and summed over half a bit; which of
 * the two is stronger is the bit, so the level does not matter (down to {@link #QUIETEST_DBM0}) and a
 * carrier a few percent off still falls inside each tone's band, which is 180 Hz wide against the
 * 400 Hz between them. A character starts where mark turns to space, or where a carrier begins
 * with space (a TDD sends no carrier between keystrokes); each bit is read at its middle, and one
 * whose start bit is not space, whose stop bit is not mark, or whose carrier stops is dropped, as a
 * TDD drops it.
 */
final class BaudotReceiver {
    /** Quieter than this, there is no carrier (a TDD sends at about -10 dBm0; lines lose up to 30 dB). */
    static final double QUIETEST_DBM0 = -48;

    private final double samplesPerBit;
    private final int window;
    private final double markStep;
    private final double spaceStep;
    private final double carrierThreshold;
    private final double[] markI;
    private final double[] markQ;
    private final double[] spaceI;
    private final double[] spaceQ;
    private double sumMarkI;
    private double sumMarkQ;
    private double sumSpaceI;
    private double sumSpaceQ;
    private long n;
    private final StringBuilder received = new StringBuilder();

    private boolean sawMark;
    /** Samples in a row without a carrier, between characters. */
    private int quiet;
    /** Where the character being read began (its start bit's leading edge), or -1 between characters. */
    private double characterStart = -1;
    private int bitsRead;
    private int code;
    private Shift shift = Shift.LETTERS;
    private boolean carrier;
    private int framed;
    private int framingErrors;
    private double clarity;
    private int bitsJudged;
    private double characterClarity;

    BaudotReceiver(double baud) {
        this.samplesPerBit = BaudotTransmitter.SAMPLE_RATE / baud;
        this.window = (int) Math.round(samplesPerBit / 2);
        this.markStep = 2 * Math.PI * BaudotTransmitter.MARK_HZ / BaudotTransmitter.SAMPLE_RATE;
        this.spaceStep = 2 * Math.PI * BaudotTransmitter.SPACE_HZ / BaudotTransmitter.SAMPLE_RATE;
        double amplitude = BaudotTransmitter.ZERO_DBM0_PEAK * Math.pow(10, QUIETEST_DBM0 / 20) / 32768;
        this.carrierThreshold = Math.pow(amplitude * window / 2, 2);
        this.markI = new double[window];
        this.markQ = new double[window];
        this.spaceI = new double[window];
        this.spaceQ = new double[window];
    }

    /** A TDD's speed, 45.45 baud. */
    static BaudotReceiver tdd() {
        return new BaudotReceiver(45.45);
    }

    /** Reads more of the call's audio. */
    void accept(short[] samples) {
        for (short sample : samples) {
            accept(sample / 32768.0);
        }
    }

    /** Whether the last half bit heard had a carrier (a TDD's tone), typing or holding the line. */
    boolean hearsCarrier() {
        return carrier;
    }

    /** Characters read whole so far: a start bit, five bits, a stop bit where each belongs. */
    int framed() {
        return framed;
    }

    /** Characters whose stop bit was not there: noise, or a TDD at another speed than this receiver's. */
    int framingErrors() {
        return framingErrors;
    }

    /**
     * How clearly the bits of the characters framed so far were one tone or the other, on average (1:
     * only one tone). A receiver at another speed than the sender's reads ever nearer the edges
     * between bits, where the two tones are mixed, so it reads less clearly even where it frames
     * characters whole.
     */
    double clarity() {
        return bitsJudged == 0 ? 0 : clarity / bitsJudged;
    }

    /** What has been read since the last call, and forgets it. */
    String take() {
        String text = received.toString();
        received.setLength(0);
        return text;
    }

    private void accept(double x) {
        int slot = (int) (n % window);
        double mi = x * Math.cos(markStep * n);
        double mq = x * Math.sin(markStep * n);
        double si = x * Math.cos(spaceStep * n);
        double sq = x * Math.sin(spaceStep * n);
        sumMarkI += mi - markI[slot];
        sumMarkQ += mq - markQ[slot];
        sumSpaceI += si - spaceI[slot];
        sumSpaceQ += sq - spaceQ[slot];
        markI[slot] = mi;
        markQ[slot] = mq;
        spaceI[slot] = si;
        spaceQ[slot] = sq;
        double mark = sumMarkI * sumMarkI + sumMarkQ * sumMarkQ;
        double space = sumSpaceI * sumSpaceI + sumSpaceQ * sumSpaceQ;
        double strongest = Math.max(mark, space);
        read(n, strongest > carrierThreshold, mark > space, Math.abs(mark - space) / (mark + space + 1e-30), strongest);
        n++;
    }

    /**
     * One decision per sample: {@code isMark} is what the half bit ending at {@code at} sounds like,
     * {@code clear} how much more of one tone than the other it has (0 to 1).
     */
    private void read(long at, boolean carrier, boolean isMark, double clear, double strength) {
        this.carrier = carrier;
        double centre = at - window / 2.0;
        if (characterStart < 0) {
            if (!carrier) {
                // Where mark turns to space each tone fills only part of the window, up to 6 dB down: a quiet
                // TDD dips under the carrier threshold there for less than a window. Only a longer gap is silence.
                quiet = Math.min(quiet + 1, window);
                if (quiet == window) {
                    sawMark = false;
                }
            } else if (isMark) {
                sawMark = true;
                quiet = 0;
            } else {
                if (sawMark) {
                    // The change from mark to space was in the middle of the dip, if there was one.
                    startCharacter(centre - quiet / 2.0);
                } else if (quiet == window) {
                    // A TDD turns its carrier on with the start bit. The tone has only begun to fill the
                    // window when it crosses the squelch: the louder it is, the nearer its start is to now.
                    startCharacter(at - Math.sqrt(carrierThreshold / strength) * window);
                }
                quiet = 0;
            }
            return;
        }
        if (centre < characterStart + (bitsRead + 0.5) * samplesPerBit) {
            return;
        }
        if (!carrier) {
            // A TDD's carrier runs through every character: this was the tone ending, not a start bit.
            characterStart = -1;
            sawMark = false;
            return;
        }
        boolean one = isMark;
        characterClarity += clear;
        if (bitsRead == 0) {
            if (one) {
                characterStart = -1; // not a start bit: a click on the line
            } else {
                characterClarity = clear;
                bitsRead++;
            }
            return;
        }
        if (bitsRead <= 5) {
            code |= (one ? 1 : 0) << (bitsRead - 1);
            bitsRead++;
            return;
        }
        if (one) {
            framed++;
            clarity += characterClarity;
            bitsJudged += 7;
            character(code);
        } else {
            framingErrors++;
        }
        characterStart = -1;
        sawMark = one;
    }

    private void startCharacter(double edge) {
        characterStart = edge;
        bitsRead = 0;
        code = 0;
    }

    private void character(int bits) {
        if (bits == BaudotCode.LTRS) {
            shift = Shift.LETTERS;
        } else if (bits == BaudotCode.FIGS) {
            shift = Shift.FIGURES;
        } else {
            BaudotCode.character(bits, shift).filter(c -> c != '\r').ifPresent(received::append);
            if (bits == BaudotCode.SPACE) {
                // Unshift on space, as US TDDs do: a sender in figures sends FIGS again after a space.
                shift = Shift.LETTERS;
            }
        }
    }
}
