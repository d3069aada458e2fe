package gov.ocss.ivr.agi;

import java.io.IOException;
import java.net.InetAddress;
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
 * cannot take calls never reports itself healthy.
 */
public final class FastAgiListener {
    private static final Logger log = LoggerFactory.getLogger(FastAgiListener.class);

    private final InetAddress address;
    private final int port;
    private final Server server;
    private volatile boolean listening;

    public FastAgiListener(InetAddress address, int port, MappingStrategy scripts) {
        this.address = address;
        this.port = port;
        this.server = new Server(scripts);
        server.setAddress(address);
        server.setPort(port);
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
            server.bound.get(30, TimeUnit.SECONDS);
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

    public void stop() {
        if (listening) {
            listening = false;
            server.shutdown();
            log.info("Stopped listening for Asterisk on {}", endpoint());
        }
    }

    public boolean isListening() {
        return listening;
    }

    public String endpoint() {
        return address.getHostAddress() + ":" + port;
    }

    /** Asterisk-Java's server, telling us when its socket is bound. */
    private static final class Server extends DefaultAgiServer {
        private final CompletableFuture<Void> bound = new CompletableFuture<>();

        Server(MappingStrategy scripts) {
            super(scripts);
        }

        @Override
        protected ServerSocketFacade createServerSocket() throws IOException {
            ServerSocketFacade socket = super.createServerSocket();
            bound.complete(null);
            return socket;
        }
    }
}
