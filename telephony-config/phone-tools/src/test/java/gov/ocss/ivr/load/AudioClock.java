package gov.ocss.ivr.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The steady clock the callers' audio goes out on, as RTP brings a call's audio to Asterisk: each call
 * sends a frame every 20 ms from the moment its audio connects, whether or not the server has
 * answered the last one. A few threads share the calls; each wakes every millisecond and sends the
 * frames falling due in that millisecond (a call's slots are whole milliseconds, so every call keeps
 * the same phase for the whole call). A thread that wakes late sends every frame it missed at once:
 * how late each went out is the calls' frame lateness, which says whether this clock kept time.
 */
final class AudioClock implements AutoCloseable {
    private static final long TICK = 1_000_000;
    private static final int TICKS_PER_FRAME = (int) (TonesCall.FRAME_NANOS / TICK);

    private final List<Pacer> pacers = new ArrayList<>();
    private final AtomicInteger next = new AtomicInteger();
    private final long epoch = System.nanoTime();
    private volatile boolean running = true;

    AudioClock(int threads) {
        for (int i = 0; i < threads; i++) {
            Pacer pacer = new Pacer();
            pacers.add(pacer);
            Thread thread = new Thread(pacer, "audio-clock-" + i);
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** The call's audio goes out from the next whole millisecond but one. */
    void add(TonesCall call) {
        pacers.get(Math.floorMod(next.getAndIncrement(), pacers.size())).arriving.add(call);
    }

    @Override
    public void close() {
        running = false;
    }

    private final class Pacer implements Runnable {
        private final Queue<TonesCall> arriving = new ConcurrentLinkedQueue<>();
        /** The calls whose frames fall due at a tick, by the tick's place in a frame. */
        private final List<List<TonesCall>> slots = new ArrayList<>();
        private long lastTick;

        Pacer() {
            for (int i = 0; i < TICKS_PER_FRAME; i++) {
                slots.add(new ArrayList<>());
            }
        }

        @Override
        public void run() {
            while (running) {
                long now = System.nanoTime();
                long tick = (now - epoch) / TICK;
                for (TonesCall call = arriving.poll(); call != null; call = arriving.poll()) {
                    long first = tick + 2;
                    call.startClock(epoch + first * TICK);
                    slots.get((int) (first % TICKS_PER_FRAME)).add(call);
                }
                long from = Math.max(lastTick + 1, tick - TICKS_PER_FRAME + 1);
                for (long t = from; t <= tick; t++) {
                    sendDue(slots.get((int) (t % TICKS_PER_FRAME)));
                }
                lastTick = tick;
                long wake = epoch + (tick + 1) * TICK;
                LockSupport.parkNanos(wake - System.nanoTime());
            }
        }

        private void sendDue(List<TonesCall> calls) {
            for (int i = calls.size() - 1; i >= 0; i--) {
                if (!calls.get(i).tick(System.nanoTime())) {
                    calls.set(i, calls.get(calls.size() - 1));
                    calls.remove(calls.size() - 1);
                }
            }
        }
    }
}
