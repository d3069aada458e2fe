package gov.ocss.ivr.helpline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The network between the phone server and its database, as a TCP relay on this machine that can be
 * cut without a word: while cut, it keeps every connection open and drops whatever either side sends,
 * as a failed switch or a firewall that drops packets does. Neither side is refused or reset, so
 * neither learns of the cut but by waiting. Mended, it closes the connections that lived through the
 * cut (their bytes are lost, so they could never be used again) and relays new ones as before.
 */
final class SilentNetwork implements AutoCloseable {
    private final ServerSocket listener;
    private final int databasePort;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile boolean cut;

    private SilentNetwork(int databasePort) throws IOException {
        this.databasePort = databasePort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accepting = new Thread(this::accept, "silent-network");
        accepting.setDaemon(true);
        accepting.start();
    }

    /** A relay to the database listening on {@code databasePort} of this machine. */
    static SilentNetwork to(int databasePort) throws IOException {
        return new SilentNetwork(databasePort);
    }

    /** Where the server connects instead of the database. */
    int port() {
        return listener.getLocalPort();
    }

    /** From now on nothing gets through, either way. */
    void cut() {
        cut = true;
    }

    /** Connections from now on get through; those that lived through the cut are closed. */
    void mend() throws IOException {
        for (Socket socket : open) {
            socket.close();
        }
        open.clear();
        cut = false;
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket server = listener.accept();
                Socket database = new Socket(InetAddress.getLoopbackAddress(), databasePort);
                open.add(server);
                open.add(database);
                relay(server, database, "server to database");
                relay(database, server, "database to server");
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void relay(Socket from, Socket to, String direction) throws IOException {
        InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream();
        Thread relay = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    if (!cut) {
                        out.write(buffer, 0, read);
                        out.flush();
                    }
                }
            } catch (IOException closed) {
                // one side closed, or the cut was mended
            }
            closeQuietly(from);
            if (!cut) {
                // The other side learns of the close; through a cut it would not, and waits for the mend.
                closeQuietly(to);
            }
        }, "silent-network " + direction);
        relay.setDaemon(true);
        relay.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException alreadyGone) {
            // nothing more to close
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        mend();
    }
}
