package gov.ocss.ivr.agi;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.asteriskjava.util.ServerSocketFacade;
import org.asteriskjava.util.SocketConnectionFacade;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The listening socket handed to Asterisk-Java. Owning it lets us bind to an ephemeral port (tests),
 * know the port we got, wrap each connection in {@link AgiConnection}'s limits, and refuse a
 * connection at once when the server is at capacity: Asterisk then sees the connection closed, sets
 * AGISTATUS=FAILURE and the dialplan sends the caller to an agent, instead of leaving them in silence.
 */
final class AgiServerSocket implements ServerSocketFacade {
    private static final Logger log = LoggerFactory.getLogger(AgiServerSocket.class);

    private final ServerSocket serverSocket;
    private final AgiLimits limits;
    private final CallExecutor calls;
    private final Gate gate;
    private volatile boolean closed;

    /** Who may connect, who is told of refusals, and who times the steps of the calls let in. */
    record Gate(AllowedClients allowed, RefusedConnections refused, AgiStepTimer stepTimer) {
    }

    AgiServerSocket(InetAddress address, int port, AgiLimits limits, CallExecutor calls, Gate gate)
            throws IOException {
        this.serverSocket = new ServerSocket();
        serverSocket.setReuseAddress(true);
        serverSocket.bind(new InetSocketAddress(address, port), 1024);
        this.limits = limits;
        this.calls = calls;
        this.gate = gate;
    }

    int localPort() {
        return serverSocket.getLocalPort();
    }

    @Override
    public SocketConnectionFacade accept() throws IOException {
        while (true) {
            Socket socket = serverSocket.accept();
            if (closed) {
                // Closing a socket another thread is accepting on may let one last connection through.
                closeQuietly(socket);
                throw new java.net.SocketException("the listener is closed");
            }
            if (!gate.allowed().allows(socket.getInetAddress())) {
                log.warn("Refused a connection from {}: not an allowed Asterisk address ({})",
                        socket.getInetAddress().getHostAddress(), gate.allowed());
                refuse(socket, RefusedConnections.Reason.NOT_ALLOWED);
                continue;
            }
            if (calls.isFull()) {
                log.warn("Refused a connection from {}: {} calls in progress, the most this server takes",
                        socket.getInetAddress().getHostAddress(), calls.inProgress());
                refuse(socket, RefusedConnections.Reason.FULL);
                continue;
            }
            try {
                return new AgiConnection(socket, limits, gate.stepTimer());
            } catch (IOException e) {
                closeQuietly(socket);
            }
        }
    }

    /** Counted first: whoever sees the connection closed can already find it counted. */
    private void refuse(Socket socket, RefusedConnections.Reason reason) {
        try {
            gate.refused().refused(reason);
        } catch (RuntimeException e) {
            log.warn("Could not count a refused connection: {}", e.toString());
        }
        closeQuietly(socket);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // The peer is gone already; nothing to tell anyone.
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        serverSocket.close();
    }

    @Override
    public void setSocketReadTimeout(int timeout) {
        // Read time-outs come from AgiLimits, per phase of the conversation.
    }
}
