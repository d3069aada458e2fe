package gov.ocss.ivr.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback port nobody listens on right now, for a server under test. Chosen below the kernel's
 * ephemeral range (32768 and up on Linux): a port the kernel handed out for "any free port" is one it
 * may hand again to an outgoing connection (a pool's, the database watch's) before the server binds
 * it, and the server's start then fails by chance. Within this JVM no port is given twice.
 */
public final class FreePort {
    private static final int LOWEST = 20_000;
    private static final int BELOW_EPHEMERAL = 32_768;
    private static final AtomicInteger NEXT = new AtomicInteger(LOWEST + ThreadLocalRandom.current().nextInt(BELOW_EPHEMERAL - LOWEST));

    private FreePort() {
    }

    public static int find() {
        for (int tries = 0; tries < BELOW_EPHEMERAL - LOWEST; tries++) {
            int port = LOWEST + Math.floorMod(NEXT.getAndIncrement() - LOWEST, BELOW_EPHEMERAL - LOWEST);
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // Someone listens there: the next one.
            }
        }
        throw new UncheckedIOException(new IOException("no free loopback port between " + LOWEST + " and " + BELOW_EPHEMERAL));
    }

    public static boolean isListening(int port) {
        try (java.net.Socket socket = new java.net.Socket(InetAddress.getLoopbackAddress(), port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
