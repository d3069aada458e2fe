package gov.ocss.ivr.audiosocket;

import gov.ocss.ivr.agi.AllowedClients;
import gov.ocss.ivr.agi.VirtualThreads;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The port Asterisk's AudioSocket application connects to, bound and allow-listed like the FastAGI
 * port: a connection from an address not allowed is closed before a byte is read, one beyond
 * {@link AudioSocketLimits#maxLinks()} is closed at once, and one that does not name a call we
 * are waiting for (its first message, a UUID) within the hello time-out is closed too. Anyone who
 * reached this port could otherwise listen in on a call, or speak into it.
 */
public final class AudioSocketListener implements AudioLinks, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(AudioSocketListener.class);

    private final InetAddress bindAddress;
    private final int requestedPort;
    private final Optional<String> hostForAsterisk;
    private final AllowedClients allowed;
    private final AudioSocketLimits limits;
    private final Map<UUID, CompletableFuture<AudioLink>> expected = new ConcurrentHashMap<>();
    private final AtomicInteger links = new AtomicInteger();
    private final ExecutorService hellos = VirtualThreads.perTaskExecutor().orElseGet(Executors::newCachedThreadPool);
    private volatile ServerSocket serverSocket;
    private volatile boolean closed;

    /**
     * {@code hostForAsterisk}: the address Asterisk should connect to, when it is not the one it
     * reaches the FastAGI port at (a NAT, a proxy); empty to use that one.
     */
    public AudioSocketListener(InetAddress bindAddress, int port, Optional<String> hostForAsterisk, AllowedClients allowed,
                               AudioSocketLimits limits) {
        this.bindAddress = bindAddress;
        this.requestedPort = port;
        // An IPv6 address may be written bracketed or not; it is bracketed once, with the port.
        this.hostForAsterisk = hostForAsterisk.map(h -> h.trim().replaceAll("^\\[(.*)]$", "$1")).filter(h -> !h.isEmpty());
        this.allowed = allowed;
        this.limits = limits;
    }

    public synchronized void start() throws IOException {
        if (serverSocket != null) {
            return;
        }
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(bindAddress, requestedPort), 1024);
        serverSocket = socket;
        Thread accepting = new Thread(this::acceptAll, "audiosocket-accept");
        accepting.setDaemon(true);
        accepting.start();
        log.info("Taking AudioSocket connections on {}:{}", bindAddress.getHostAddress(), socket.getLocalPort());
    }

    public int port() {
        ServerSocket socket = serverSocket;
        return socket == null ? requestedPort : socket.getLocalPort();
    }

    public boolean isListening() {
        ServerSocket socket = serverSocket;
        return socket != null && !socket.isClosed();
    }

    /** Audio connections open now. */
    public int linksInProgress() {
        return links.get();
    }

    @Override
    public Optional<String> addressFor(InetAddress reachedAt) {
        if (!isListening()) {
            return Optional.empty();
        }
        String host = hostForAsterisk.orElseGet(() -> reachedAt.getHostAddress());
        boolean ipv6 = hostForAsterisk.isEmpty() ? reachedAt instanceof Inet6Address : host.contains(":");
        return Optional.of((ipv6 ? "[" + host + "]" : host) + ":" + port());
    }

    @Override
    public Expected expect(UUID call) {
        CompletableFuture<AudioLink> link = new CompletableFuture<>();
        expected.put(call, link);
        return new Expected() {
            @Override
            public CompletableFuture<AudioLink> link() {
                return link;
            }

            @Override
            public void close() {
                expected.remove(call, link);
                // A connection that arrived after the wait ended has nobody to talk to.
                link.cancel(false);
            }
        };
    }

    private void acceptAll() {
        while (!closed) {
            Socket socket;
            try {
                socket = serverSocket.accept();
            } catch (IOException e) {
                if (closed || serverSocket.isClosed()) {
                    return;
                }
                // Out of file handles, say: the next connection may well be taken; a TDD call must not lose its line for good.
                log.error("The AudioSocket listener could not take a connection: {}", e.toString());
                pause();
                continue;
            }
            if (!allowed.allows(socket.getInetAddress())) {
                log.warn("Refused an AudioSocket connection from {}: not an allowed Asterisk address ({})",
                        socket.getInetAddress().getHostAddress(), allowed);
                closeQuietly(socket);
                continue;
            }
            if (links.incrementAndGet() > limits.maxLinks()) {
                links.decrementAndGet();
                log.warn("Refused an AudioSocket connection: {} open, the most this server takes", limits.maxLinks());
                closeQuietly(socket);
                continue;
            }
            hellos.execute(() -> greet(socket));
        }
    }

    /** Reads which call the connection is for, and hands it to that call. */
    private void greet(Socket socket) {
        AudioLink link;
        try {
            link = new AudioLink(socket, limits, links::decrementAndGet);
        } catch (IOException e) {
            links.decrementAndGet();
            closeQuietly(socket);
            return;
        }
        UUID call;
        try {
            call = link.readHello();
        } catch (IOException e) {
            log.warn("Closed an AudioSocket connection from {}: {}", socket.getInetAddress().getHostAddress(),
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            link.close();
            return;
        }
        CompletableFuture<AudioLink> waiting = expected.remove(call);
        if (waiting == null || !waiting.complete(link)) {
            log.warn("Closed an AudioSocket connection from {}: no call is waiting for its UUID",
                    socket.getInetAddress().getHostAddress());
            link.close();
        }
    }

    @Override
    public void close() {
        closed = true;
        ServerSocket socket = serverSocket;
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // Closing is all we wanted.
            }
        }
        hellos.shutdown();
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // The peer is gone already.
        }
    }
}
