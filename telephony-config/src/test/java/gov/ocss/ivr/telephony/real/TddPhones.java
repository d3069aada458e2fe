package gov.ocss.ivr.telephony.real;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The TDDs of the suite's callers. A TDD call's caller side (the {@code ;1} half of the Local
 * channel) runs Asterisk's own {@code AudioSocket(<uuid>,127.0.0.1:<port>)}: the caller's audio comes
 * here, where a {@link TddCaller} types with minimodem's tones and reads with minimodem.
 */
final class TddPhones implements AutoCloseable {
    private final ServerSocket socket;
    private final Map<UUID, CompletableFuture<Socket>> calls = new ConcurrentHashMap<>();

    TddPhones() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "tdd-phones");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Asterisk's AudioSocket argument for a call whose TDD is {@code call}. */
    String audioSocketArgument(UUID call) {
        return call + ",127.0.0.1:" + socket.getLocalPort();
    }

    /** The TDD of call {@code call}, once Asterisk has connected its audio. */
    TddCaller await(UUID call, Duration timeout) throws InterruptedException, IOException {
        try {
            Socket connection = calls.computeIfAbsent(call, id -> new CompletableFuture<>()).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return new TddCaller(connection);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("Asterisk never connected the audio of the TDD caller " + call, e);
        }
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                // Asterisk's first message: kind 0x01, length 16, the UUID.
                byte[] hello = connection.getInputStream().readNBytes(19);
                if (hello.length == 19 && hello[0] == 1 && hello[1] == 0 && hello[2] == 16) {
                    ByteBuffer uuid = ByteBuffer.wrap(hello, 3, 16);
                    calls.computeIfAbsent(new UUID(uuid.getLong(), uuid.getLong()), id -> new CompletableFuture<>()).complete(connection);
                } else {
                    connection.close();
                }
            } catch (IOException e) {
                // a connection that failed before saying which call it is: nobody waits for it
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
