package gov.ocss.ivr.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that read the server's audio for every call: each watches its share of the calls'
 * audio connections with a selector and hands each call its bytes as they come, so a few threads
 * read thousands of calls (a thread a call would cost the machine the server is measured on more
 * than the reading does).
 */
final class AudioReaders implements AutoCloseable {
    private final List<Reader> readers = new ArrayList<>();
    private final AtomicInteger next = new AtomicInteger();
    private volatile boolean running = true;

    AudioReaders(int threads) {
        for (int i = 0; i < threads; i++) {
            Reader reader = new Reader();
            readers.add(reader);
            Thread thread = new Thread(reader, "audio-reader-" + i);
            thread.setDaemon(true);
            thread.start();
        }
    }

    void add(TonesCall call) {
        readers.get(Math.floorMod(next.getAndIncrement(), readers.size())).add(call);
    }

    @Override
    public void close() {
        running = false;
        readers.forEach(reader -> reader.selector.wakeup());
    }

    private final class Reader implements Runnable {
        private final Selector selector;
        private final Queue<TonesCall> arriving = new ConcurrentLinkedQueue<>();

        Reader() {
            try {
                selector = Selector.open();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void add(TonesCall call) {
            arriving.add(call);
            selector.wakeup();
        }

        @Override
        public void run() {
            while (running) {
                try {
                    selector.select(100);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                for (TonesCall call = arriving.poll(); call != null; call = arriving.poll()) {
                    try {
                        call.audio().register(selector, SelectionKey.OP_READ, call);
                    } catch (ClosedChannelException e) {
                        // The call ended before its first byte.
                    }
                }
                Iterator<SelectionKey> ready = selector.selectedKeys().iterator();
                while (ready.hasNext()) {
                    SelectionKey key = ready.next();
                    ready.remove();
                    if (key.isValid() && !((TonesCall) key.attachment()).onReadable()) {
                        key.cancel();
                    }
                }
            }
        }
    }
}
