package gov.ocss.ivr.agi;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.asteriskjava.fastagi.DefaultAgiServer;
import org.asteriskjava.fastagi.MappingStrategy;
import org.asteriskjava.util.ServerSocketFacade;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The TCP listener Asterisk connects to for every call, on Asterisk-Java's FastAGI server.
 * {@link #start()} returns once the port is bound, or fails with the reason, so a server that
 * cannot take calls never reports itself healthy. {@link #stop(Duration)} lets the calls in progress
 * finish, and at {@link ClosingTime} ends the rest with a goodbye.
 */
public final class FastAgiListener {
    private static final Logger log = LoggerFactory.getLogger(FastAgiListener.class);

    private final InetAddress address;
    private final Server server;
    private final ClosingTime closingTime;
    private final Duration longestCommand;
    private volatile int port;
    private volatile boolean listening;

    /** {@code closingTime} is shared with the scripts, which end their calls when it comes. */
    public FastAgiListener(InetAddress address, int port, MappingStrategy scripts, AgiLimits limits, int maxCalls,
                           ClosingTime closingTime) {
        this(address, port, scripts, limits, maxCalls, closingTime, AgiStepTimer.NONE, AllowedClients.loopbackOnly(),
                RefusedConnections.NONE);
    }

    /**
     * {@code stepTimer} is told the server's time over every AGI step of every call; only {@code allowed}
     * clients may connect; every connection closed before its call starts is told to {@code refused}.
     */
    public FastAgiListener(InetAddress address, int port, MappingStrategy scripts, AgiLimits limits, int maxCalls,
                           ClosingTime closingTime, AgiStepTimer stepTimer, AllowedClients allowed,
                           RefusedConnections refused) {
        this.address = address;
        this.port = port;
        this.server = new Server(scripts, address, port, limits, new CallExecutor(maxCalls),
                new AgiServerSocket.Gate(allowed, refused, stepTimer));
        if (!address.isLoopbackAddress() && allowed.isLoopbackOnly()) {
            log.warn("FastAGI listens on {} but takes connections from this host only: set ivr.agi.allowed-clients to "
                    + "the Asterisk servers' addresses", address.getHostAddress());
        }
        this.closingTime = closingTime;
        this.longestCommand = limits.replyTimeout();
    }

    public void start() {
        Thread acceptor = new Thread(() -> {
            try {
                server.startup();
            } catch (IOException | RuntimeException e) {
                server.bound.completeExceptionally(e);
            } finally {
                listening = false;
            }
        }, "fastagi-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        try {
            port = server.bound.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot listen for FastAGI on " + endpoint() + ": " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the FastAGI listener on " + endpoint() + " did not start in time", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the FastAGI listener", e);
        }
        listening = true;
        log.info("Listening for Asterisk (FastAGI) on {}", endpoint());
    }

    /**
     * Stops taking calls at once, then gives the calls in progress up to {@code grace} to finish.
     * Closing time is then: each call still running says goodbye and hangs up as soon as the AGI
     * command it is waiting on ends (waits begun during the grace end by closing time). That takes
     * at most the reply time-out of {@link AgiLimits}, after which a call is cut off anyway.
     */
    public void stop(Duration grace) {
        if (!listening) {
            return;
        }
        listening = false;
        server.shutdown();
        server.closeSocket();
        server.calls.shutdown();
        closingTime.closeIn(grace);
        log.info("Stopped taking calls on {}; {} in progress, given {} s to finish", endpoint(), server.calls.inProgress(),
                grace.toSeconds());
        try {
            if (server.calls.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                return;
            }
            log.info("{} calls still in progress after {} s: each ends with a goodbye", server.calls.inProgress(), grace.toSeconds());
            if (!server.calls.awaitTermination(longestCommand.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("{} calls did not end; they are cut off as the server stops", server.calls.inProgress());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean isListening() {
        return listening;
    }

    public int port() {
        return port;
    }

    public int callsInProgress() {
        return server.calls.inProgress();
    }

    public String endpoint() {
        return address.getHostAddress() + ":" + port;
    }

    /** Asterisk-Java's server, on our socket and our threads. */
    private static final class Server extends DefaultAgiServer {
        private final CompletableFuture<Integer> bound = new CompletableFuture<>();
        private final InetAddress address;
        private final int requestedPort;
        private final AgiLimits limits;
        private final CallExecutor calls;
        private final AgiServerSocket.Gate gate;
        private volatile AgiServerSocket socket;

        Server(MappingStrategy scripts, InetAddress address, int port, AgiLimits limits, CallExecutor calls,
               AgiServerSocket.Gate gate) {
            super(scripts);
            setAddress(address);
            setPort(port);
            this.address = address;
            this.requestedPort = port;
            this.limits = limits;
            this.calls = calls;
            this.gate = gate;
        }

        @Override
        protected ServerSocketFacade createServerSocket() throws IOException {
            socket = new AgiServerSocket(address, requestedPort, limits, calls, gate);
            bound.complete(socket.localPort());
            return socket;
        }

        /**
         * Asterisk-Java closes the socket it holds, but it learns of the socket only after
         * {@link #createServerSocket()} returns, which can be after a quick stop: close it here too.
         */
        void closeSocket() {
            AgiServerSocket current = socket;
            if (current != null) {
                try {
                    current.close();
                } catch (IOException e) {
                    log.warn("Could not close the FastAGI socket: {}", e.getMessage());
                }
            }
        }

        @Override
        protected void execute(Runnable connectionHandler) {
            calls.execute(connectionHandler);
        }
    }
}
