package gov.ocss.ivr.audiosocket;

import java.net.InetAddress;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Where a call's audio connection is met: the call names the UUID it will give Asterisk, asks
 * Asterisk to connect, and waits here for the connection that says that UUID.
 */
public interface AudioLinks {
    /** For a server without an audio listener: every call that needs one is told it has none. */
    AudioLinks NONE = new AudioLinks() {
        @Override
        public Optional<String> addressFor(InetAddress reachedAt) {
            return Optional.empty();
        }

        @Override
        public Expected expect(UUID call) {
            throw new IllegalStateException("no audio listener");
        }
    };

    /**
     * The {@code host:port} Asterisk should connect to, given the address it reached the FastAGI port
     * at; empty when the server takes no audio connections.
     */
    Optional<String> addressFor(InetAddress reachedAt);

    /** Starts waiting for the connection that names {@code call}. */
    Expected expect(UUID call);

    /** A connection being waited for. Closing it stops the wait; a connection that comes later is closed. */
    interface Expected extends AutoCloseable {
        CompletableFuture<AudioLink> link();

        @Override
        void close();
    }
}
