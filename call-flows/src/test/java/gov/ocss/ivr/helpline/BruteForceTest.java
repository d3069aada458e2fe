package gov.ocss.ivr.helpline;

import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.caller.Line;
import gov.ocss.ivr.demo.DemoCase;
import gov.ocss.ivr.simulator.CallRecord;
import gov.ocss.ivr.simulator.CallerAction;
import gov.ocss.ivr.simulator.CallerTurn;
import gov.ocss.ivr.simulator.SimulatedCaller;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Someone who knows a case number sweeps the PINs by phone: 10,000 guesses, four calls at a time,
 * each call from a number of its own (so the caller-number throttle never stops them: the account
 * lock has to). The right PIN is the eighth guess. Five PINs are compared; the other 9,995 guesses,
 * the right one among them, are told the account is locked.
 */
class BruteForceTest {
    private static final DemoLine LINE = DemoLine.duringOfficeHours();
    private static final int GUESSES = 10_000;
    private static final int GUESSES_PER_CALL = 100;
    private static final int CALLS_AT_ONCE = 4;
    /**
     * Where the right PIN falls in the sweep (0-based). With four calls at once, at most three guesses
     * taken before it are still being checked when it is keyed, so at least five wrong ones have been
     * answered: the account is locked by then, whatever the order the calls ran in.
     */
    private static final int RIGHT_PIN_AT = 9;

    @Test
    void tenThousandGuessesAtOneAccountGetFivePinsComparedAndNeverTheRightOne() throws Exception {
        DemoCase target = LINE.caseOfItsOwn();
        int rightPin = Integer.parseInt(target.noncustodial().pin().digits());
        Sweep sweep = new Sweep(Math.floorMod(rightPin - RIGHT_PIN_AT, 100_000));
        List<Guesser> guessers = new CopyOnWriteArrayList<>();
        AtomicInteger calls = new AtomicInteger();

        ExecutorService attackers = Executors.newFixedThreadPool(CALLS_AT_ONCE);
        try {
            List<Future<?>> lines = new ArrayList<>();
            for (int i = 0; i < CALLS_AT_ONCE; i++) {
                lines.add(attackers.submit(() -> {
                    while (!sweep.done()) {
                        Guesser guesser = new Guesser(target.caseNumber().digits(), sweep);
                        guessers.add(guesser);
                        String number = String.format("34755%05d", calls.incrementAndGet());
                        CallRecord call = LINE.callFrom(number, Walk.on(Line.HELPLINE).setup(), guesser);
                        assertThat(DemoLine.heard(call)).doesNotContain("Your identity is verified");
                    }
                    return null;
                }));
            }
            for (Future<?> line : lines) {
                line.get(10, TimeUnit.MINUTES);
            }
        } finally {
            attackers.shutdownNow();
        }

        int keyed = guessers.stream().mapToInt(Guesser::keyed).sum();
        int toldLocked = guessers.stream().mapToInt(Guesser::toldLocked).sum();
        int keyedAfterLocked = guessers.stream().mapToInt(Guesser::keyedAfterLocked).sum();
        int compared = LINE.jdbi().withHandle(h -> h.createQuery(
                        "select count(*) from ivr.pin_attempt where case_id = :case and compared")
                .bind("case", target.id()).mapTo(Integer.class).one());
        int verified = LINE.jdbi().withHandle(h -> h.createQuery(
                        "select count(*) from ivr.pin_attempt where case_id = :case and succeeded")
                .bind("case", target.id()).mapTo(Integer.class).one());
        System.out.printf("Brute force: %,d calls, %,d PINs keyed, %,d compared, %,d verified, %,d told the account is locked%n",
                calls.get(), keyed, compared, verified, toldLocked);

        assertThat(keyed).as("guesses keyed").isEqualTo(GUESSES);
        assertThat(compared).as("guesses the line even compared").isEqualTo(5);
        assertThat(verified).as("guesses that verified").isZero();
        assertThat(toldLocked).as("told the account is locked: the fifth guess and every one after it").isEqualTo(GUESSES - 4);
        assertThat(keyedAfterLocked).as("PINs asked for in a call after it was told the account is locked").isZero();
    }

    /** 10,000 PINs in a row from {@code first}, shared by the calls; the right one among them. */
    private static final class Sweep {
        private final int first;
        private final AtomicInteger taken = new AtomicInteger();

        Sweep(int first) {
            this.first = first;
        }

        boolean done() {
            return taken.get() >= GUESSES;
        }

        /** The next PIN to try, or none when all are taken. */
        String next() {
            int n = taken.getAndIncrement();
            return n < GUESSES ? String.format("%05d", (first + n) % 100_000) : null;
        }
    }

    /**
     * Keys the case number and then the next PIN of the sweep whenever asked; after each refusal goes
     * back through the menus to try again. Hangs up after {@value #GUESSES_PER_CALL} PINs, when the
     * sweep is done, or when the line will not ask again in this call. Once told the account is
     * locked, going back only brings the same news and a person: a new call it is.
     */
    private static final class Guesser implements SimulatedCaller {
        private static final String HANG_UP = "hang up";
        private final String caseNumber;
        private final Sweep sweep;
        private String question;
        private int keyed;
        private int toldLocked;
        private int keyedAfterLocked;
        private boolean lockedThisCall;
        private boolean justKeyedAPin;

        Guesser(String caseNumber, Sweep sweep) {
            this.caseNumber = caseNumber;
            this.sweep = sweep;
        }

        synchronized int keyed() {
            return keyed;
        }

        synchronized int toldLocked() {
            return toldLocked;
        }

        synchronized int keyedAfterLocked() {
            return keyedAfterLocked;
        }

        @Override
        public synchronized CallerAction onTurn(CallerTurn turn) {
            for (CallerTurn.Sound sound : turn.sounds()) {
                String file = sound.file();
                if (file.endsWith("ocss/verify-locked")) {
                    // The answer to a PIN; heard again without one when the caller comes back.
                    if (justKeyedAPin) {
                        toldLocked++;
                    }
                    lockedThisCall = true;
                }
                if (file.endsWith("ocss/verify-failed")) {
                    // Three wrong PINs in this call: the line will not ask again, so a new call it is.
                    question = HANG_UP;
                }
                for (String asked : List.of(Walk.LANGUAGE_MENU, Walk.MAIN_MENU, Walk.NEXT_MENU, Walk.CASE_NUMBER, Walk.PIN)) {
                    if (file.endsWith(asked) && !HANG_UP.equals(question)) {
                        question = asked;
                    }
                }
            }
            if (!turn.isInput() || question == null) {
                return CallerAction.silence();
            }
            String answering = question;
            question = null;
            justKeyedAPin = false;
            return switch (answering) {
                case Walk.LANGUAGE_MENU, Walk.MAIN_MENU, Walk.NEXT_MENU -> CallerAction.press("1");
                case Walk.CASE_NUMBER -> CallerAction.press(caseNumber + "#");
                case Walk.PIN -> nextPin();
                default -> CallerAction.hangUp();
            };
        }

        private CallerAction nextPin() {
            String pin = keyed < GUESSES_PER_CALL ? sweep.next() : null;
            if (pin == null) {
                return CallerAction.hangUp();
            }
            keyed++;
            justKeyedAPin = true;
            if (lockedThisCall) {
                keyedAfterLocked++;
            }
            return CallerAction.press(pin);
        }
    }
}
