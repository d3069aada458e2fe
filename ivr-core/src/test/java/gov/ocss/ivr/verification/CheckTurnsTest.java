package gov.ocss.ivr.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CheckTurnsTest {
    private final CheckTurns turns = new CheckTurns(Duration.ofSeconds(30));

    @Test
    void checksOnOneKeyTakeTheirTurnsOneAtATime() throws Exception {
        AtomicInteger inTurn = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> checks = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                // Each caller's number is its own, the case the same.
                String number = "caller:" + i;
                checks.add(callers.submit(() -> {
                    start.await();
                    for (int round = 0; round < 50; round++) {
                        try (CheckTurns.Turn turn = turns.take(List.of("case:1234567890", number))) {
                            mostAtOnce.accumulateAndGet(inTurn.incrementAndGet(), Math::max);
                            Thread.yield();
                            inTurn.decrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> check : checks) {
                check.get(1, TimeUnit.MINUTES);
            }
        } finally {
            callers.shutdownNow();
        }
        assertThat(mostAtOnce.get()).as("checks on the case at once").isEqualTo(1);
    }

    @Test
    void twoChecksNamingTheSameKeysInOppositeOrdersNeverWaitForEachOther() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try {
            Future<?> one = callers.submit(() -> {
                for (int i = 0; i < 10_000; i++) {
                    turns.take(List.of("case:1", "caller:withheld")).close();
                }
            });
            Future<?> other = callers.submit(() -> {
                for (int i = 0; i < 10_000; i++) {
                    turns.take(List.of("caller:withheld", "case:1")).close();
                }
            });
            // A deadlock would end in the 30 s bound's TurnNotReached, or hang here.
            one.get(1, TimeUnit.MINUTES);
            other.get(1, TimeUnit.MINUTES);
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void aCheckWhoseTurnDoesNotComeInTimeIsRefusedWithoutTheKeysInTheMessage() throws Exception {
        CheckTurns impatient = new CheckTurns(Duration.ofMillis(50));
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        Thread holder = new Thread(() -> {
            try (CheckTurns.Turn turn = impatient.take(List.of("case:5236295464"))) {
                held.countDown();
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        holder.start();
        try {
            assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
            assertThatThrownBy(() -> impatient.take(List.of("caller:withheld", "case:5236295464")))
                    .isInstanceOf(CheckTurns.TurnNotReached.class)
                    .hasMessageNotContaining("5236295464");
            // The stripe it did get was given back: a check on that key alone has its turn at once.
            impatient.take(List.of("caller:withheld")).close();
        } finally {
            done.countDown();
            holder.join();
        }
    }
}
