package gov.ocss.ivr.audiosocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.ocss.ivr.agi.AllowedClients;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The audio port over real TCP, with a test playing Asterisk's AudioSocket application byte by byte:
 * which call a connection reaches, the audio both ways in Asterisk's byte order, how a call's audio
 * ends, and the limits that keep a stranger or a broken Asterisk from holding the port.
 */
class AudioSocketListenerTest {
    /** Longer than any limit of these tests: a wait that reaches it is a server that hangs. */
    private static final int HANG = 5000;
    private static final AudioSocketLimits QUICK =
            new AudioSocketLimits(10, 640, Duration.ofMillis(300), Duration.ofMillis(500), Duration.ofMillis(500));

    private final List<AudioLinks.Expected> waits = new ArrayList<>();
    private final List<CompletableFuture<AudioLink>> links = new ArrayList<>();
    private AudioSocketListener listener;

    private void start(AudioSocketLimits limits) throws IOException {
        start(AllowedClients.loopbackOnly(), limits, Optional.empty());
    }

    private void start(AllowedClients allowed, AudioSocketLimits limits, Optional<String> hostForAsterisk) throws IOException {
        listener = new AudioSocketListener(InetAddress.getLoopbackAddress(), 0, hostForAsterisk, allowed, limits);
        listener.start();
    }

    @AfterEach
    void stop() {
        waits.forEach(AudioLinks.Expected::close);
        links.forEach(link -> link.thenAccept(AudioLink::close));
        if (listener != null) {
            listener.close();
        }
    }

    private AudioLinks.Expected expect(UUID call) {
        AudioLinks.Expected expected = listener.expect(call);
        waits.add(expected);
        links.add(expected.link());
        return expected;
    }

    private AsteriskAudio asterisk() throws IOException {
        return new AsteriskAudio(listener.port(), HANG);
    }

    /** The link of a call whose connection has said its UUID. */
    private AudioLink connect(AsteriskAudio asterisk) throws Exception {
        UUID call = UUID.randomUUID();
        CompletableFuture<AudioLink> link = expect(call).link();
        asterisk.sayHello(call);
        return link.get(HANG, TimeUnit.MILLISECONDS);
    }

    @Test
    void eachCallGetsTheConnectionThatNamesItsUuid() throws Exception {
        start(QUICK);
        UUID first = UUID.fromString("4f0c1f4e-0c2b-4d7e-9a51-2f6b0f3c9e10");
        UUID second = UUID.fromString("b3a5e0d2-7c1f-4a08-8e6d-91c2d4f7a3b6");
        CompletableFuture<AudioLink> firstLink = expect(first).link();
        CompletableFuture<AudioLink> secondLink = expect(second).link();

        try (AsteriskAudio secondCall = asterisk(); AsteriskAudio firstCall = asterisk()) {
            secondCall.sayHello(second).send(AsteriskAudio.audio((short) 2));
            firstCall.sayHello(first).send(AsteriskAudio.audio((short) 1));

            assertThat(firstLink.get(HANG, TimeUnit.MILLISECONDS).read()).containsExactly((short) 1);
            assertThat(secondLink.get(HANG, TimeUnit.MILLISECONDS).read()).containsExactly((short) 2);
            assertThat(listener.linksInProgress()).isEqualTo(2);
        }
    }

    @Test
    void theCallersAudioArrivesSampleForSampleInAsterisksLittleEndianOrder() throws Exception {
        start(QUICK);
        try (AsteriskAudio asterisk = asterisk()) {
            AudioLink link = connect(asterisk);
            // Written out by hand: 1, -2, 0x1234, the lowest and the highest sample, little-endian; the length big-endian.
            asterisk.send(new byte[] {0x10, 0x00, 0x0a, 0x01, 0x00, (byte) 0xfe, (byte) 0xff, 0x34, 0x12, 0x00, (byte) 0x80,
                    (byte) 0xff, 0x7f});

            assertThat(link.read()).containsExactly((short) 1, (short) -2, (short) 0x1234, Short.MIN_VALUE, Short.MAX_VALUE);
        }
    }

    @Test
    void aFrameOfOursReachesAsteriskAsOneAudioMessageInItsByteOrder() throws Exception {
        start(QUICK);
        try (AsteriskAudio asterisk = asterisk()) {
            AudioLink link = connect(asterisk);
            short[] frame = new short[160];
            frame[0] = 0x1234;
            frame[1] = -2;
            frame[159] = Short.MIN_VALUE;

            link.write(frame);

            AsteriskAudio.Message message = asterisk.read();
            assertThat(message.kind()).isEqualTo(0x10);
            // 320 bytes: a length read in the wrong byte order would be 0x4001.
            assertThat(message.payload()).hasSize(320);
            assertThat(message.payload()).startsWith((byte) 0x34, (byte) 0x12, (byte) 0xfe, (byte) 0xff);
            assertThat(message.payload()).endsWith((byte) 0x00, (byte) 0x80);
            assertThat(message.samples()).containsExactly(frame);
        }
    }

    @Test
    void keypadTonesArePassedOverAndTheAudioAfterThemIsRead() throws Exception {
        start(QUICK);
        try (AsteriskAudio asterisk = asterisk()) {
            AudioLink link = connect(asterisk);
            asterisk.send(AsteriskAudio.dtmf('5')).send(AsteriskAudio.dtmf('#')).send(AsteriskAudio.audio((short) 7, (short) 8));

            assertThat(link.read()).containsExactly((short) 7, (short) 8);
        }
    }

    @Test
    void aHangUpFromAsteriskEndsTheCallsAudioAndFreesItsPlace() throws Exception {
        start(QUICK);
        try (AsteriskAudio asterisk = asterisk()) {
            AudioLink link = connect(asterisk);
            asterisk.send(AsteriskAudio.silence()).send(AsteriskAudio.hangup());

            assertThat(link.read()).hasSize(160);
            assertThatThrownBy(link::read).isInstanceOf(AudioLinkClosed.class);
            asterisk.awaitClosed();
            assertThat(listener.linksInProgress()).isZero();
        }
    }

    @Test
    void theConnectionClosingEndsTheCallsAudioEvenInTheMiddleOfAFrame() throws Exception {
        start(QUICK);
        try (AsteriskAudio whole = asterisk(); AsteriskAudio cut = asterisk()) {
            AudioLink closed = connect(whole);
            AudioLink halfFrame = connect(cut);
            whole.close();
            cut.send(new byte[] {0x10, 0x01, 0x40, 0x00, 0x00});
            cut.stopSending();

            assertThatThrownBy(closed::read).isInstanceOf(AudioLinkClosed.class);
            assertThatThrownBy(halfFrame::read).isInstanceOf(AudioLinkClosed.class);
            assertThat(listener.linksInProgress()).isZero();
        }
    }

    @Test
    void hangingUpTellsAsteriskWithAHangUpMessageAndLetsGoOnceAsteriskCloses() throws Exception {
        // A long hello time-out: it bounds how long a hang-up waits for Asterisk to let go.
        start(new AudioSocketLimits(10, 640, Duration.ofSeconds(3), Duration.ofSeconds(3), Duration.ofSeconds(3)));
        try (AsteriskAudio asterisk = asterisk()) {
            AudioLink link = connect(asterisk);
            // Asterisk keeps sending the caller's audio until it reads our hang-up.
            for (int i = 0; i < 20; i++) {
                asterisk.send(AsteriskAudio.silence());
            }
            CompletableFuture<Void> hangingUp = CompletableFuture.runAsync(link::hangUp);

            AsteriskAudio.Message message = asterisk.read();
            assertThat(message.kind()).isZero();
            assertThat(message.payload()).isEmpty();
            assertThat(asterisk.read()).as("nothing after the hang-up").isNull();
            long closing = System.nanoTime();
            asterisk.close();

            hangingUp.get(HANG, TimeUnit.MILLISECONDS);
            assertThat(Duration.ofNanos(System.nanoTime() - closing)).isLessThan(Duration.ofSeconds(2));
            assertThat(listener.linksInProgress()).isZero();
            assertThatThrownBy(link::read).isInstanceOf(AudioLinkClosed.class);
        }
    }

    @Test
    void aHangUpIsGivenUpOnWithinTheHelloTimeOutWhenAsteriskNeitherClosesNorStopsSending() throws Exception {
        start(QUICK);
        try (AsteriskAudio asterisk = asterisk()) {
            AudioLink link = connect(asterisk);
            CompletableFuture<Void> talking = talkUntilClosed(asterisk);

            long hangingUp = System.nanoTime();
            link.hangUp();

            assertThat(Duration.ofNanos(System.nanoTime() - hangingUp)).isLessThan(Duration.ofSeconds(2));
            assertThat(listener.linksInProgress()).isZero();
            talking.get(HANG, TimeUnit.MILLISECONDS);
        }
    }

    /** Asterisk's side sending a frame every 20 ms, as a live call does, until the connection is gone. */
    private static CompletableFuture<Void> talkUntilClosed(AsteriskAudio asterisk) {
        return CompletableFuture.runAsync(() -> {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(HANG);
            while (System.nanoTime() < deadline && asterisk.trySend(AsteriskAudio.silence())) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    @Test
    void aConnectionFromAnAddressNotAllowedIsClosedBeforeAnythingIsRead() throws Exception {
        // Only 10.0.0.0/8 may connect; the test connects from 127.0.0.1. The hello time-out is long, so a
        // close well before it is one that did not wait to read.
        start(AllowedClients.parse(List.of("10.0.0.0/8")),
                new AudioSocketLimits(10, 640, Duration.ofSeconds(4), Duration.ofSeconds(4), Duration.ofSeconds(4)), Optional.empty());
        UUID call = UUID.randomUUID();
        CompletableFuture<AudioLink> link = expect(call).link();

        try (AsteriskAudio stranger = asterisk()) {
            long connected = System.nanoTime();
            stranger.awaitClosed();
            assertThat(Duration.ofNanos(System.nanoTime() - connected)).isLessThan(Duration.ofSeconds(2));
        }
        try (AsteriskAudio stranger = asterisk()) {
            stranger.trySend(AsteriskAudio.hello(call));
            stranger.trySend(AsteriskAudio.silence());
            stranger.awaitClosed();
        }
        assertThat(link).as("the stranger's UUID never reached the call").isNotDone();
        assertThat(listener.linksInProgress()).isZero();
    }

    @Test
    void aConnectionNamingACallNobodyWaitsForIsClosed() throws Exception {
        start(QUICK);
        try (AsteriskAudio unknown = asterisk()) {
            unknown.sayHello(UUID.randomUUID()).trySend(AsteriskAudio.silence());
            unknown.awaitClosed();
        }
        awaitUntil(() -> listener.linksInProgress() == 0, "the count back to zero");
    }

    @Test
    void aConnectionThatComesAfterItsCallStoppedWaitingIsClosed() throws Exception {
        start(QUICK);
        UUID call = UUID.randomUUID();
        AudioLinks.Expected expected = expect(call);
        expected.close();

        try (AsteriskAudio late = asterisk()) {
            late.sayHello(call).trySend(AsteriskAudio.silence());
            late.awaitClosed();
        }
        assertThat(expected.link()).isCancelled();
        awaitUntil(() -> listener.linksInProgress() == 0, "the count back to zero");
    }

    @Test
    void aConnectionThatDoesNotSayWhichCallItIsWithinTheHelloTimeOutIsClosed() throws Exception {
        start(QUICK);
        UUID call = UUID.randomUUID();
        CompletableFuture<AudioLink> link = expect(call).link();
        try (AsteriskAudio silent = asterisk(); AsteriskAudio halfway = asterisk()) {
            long connected = System.nanoTime();
            // The UUID message's first bytes, and the rest never comes.
            halfway.send(java.util.Arrays.copyOf(AsteriskAudio.hello(call), 7));

            silent.awaitClosed();
            halfway.awaitClosed();
            Duration open = Duration.ofNanos(System.nanoTime() - connected);
            assertThat(open).isGreaterThanOrEqualTo(Duration.ofMillis(250)).isLessThan(Duration.ofSeconds(3));
        }
        assertThat(link).isNotDone();
        awaitUntil(() -> listener.linksInProgress() == 0, "the count back to zero");
    }

    @Test
    void aUuidDribbledAByteAtATimeSlowerThanTheHelloTimeOutIsClosed() throws Exception {
        start(QUICK);
        UUID call = UUID.randomUUID();
        CompletableFuture<AudioLink> link = expect(call).link();
        byte[] hello = AsteriskAudio.hello(call);
        try (AsteriskAudio dribbling = asterisk()) {
            long connected = System.nanoTime();
            // Each byte well inside the 300 ms time-out, the whole message (3.8 s) far beyond it.
            CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> {
                for (byte b : hello) {
                    if (!dribbling.trySend(new byte[] {b})) {
                        return;
                    }
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });

            dribbling.awaitClosed();
            assertThat(Duration.ofNanos(System.nanoTime() - connected)).isLessThan(Duration.ofSeconds(2));
            sending.get(HANG, TimeUnit.MILLISECONDS);
        }
        assertThat(link).isNotDone();
        awaitUntil(() -> listener.linksInProgress() == 0, "the count back to zero");
    }

    @Test
    void aSecondConnectionNamingACallAlreadyConnectedIsClosedAndTheCallKeepsItsAudio() throws Exception {
        start(QUICK);
        UUID call = UUID.randomUUID();
        CompletableFuture<AudioLink> link = expect(call).link();
        try (AsteriskAudio asterisk = asterisk(); AsteriskAudio impostor = asterisk()) {
            asterisk.sayHello(call);
            AudioLink first = link.get(HANG, TimeUnit.MILLISECONDS);

            impostor.sayHello(call).trySend(AsteriskAudio.audio((short) 666));
            impostor.awaitClosed();

            asterisk.send(AsteriskAudio.audio((short) 1));
            assertThat(first.read()).containsExactly((short) 1);
            awaitUntil(() -> listener.linksInProgress() == 1, "only the call's own connection counted");
        }
    }

    @Test
    void aConnectionWhoseFirstMessageIsNotAUuidIsClosed() throws Exception {
        start(QUICK);
        try (AsteriskAudio audioFirst = asterisk(); AsteriskAudio shortUuid = asterisk()) {
            audioFirst.send(AsteriskAudio.silence());
            shortUuid.send(new byte[] {0x01, 0x00, 0x08, 1, 2, 3, 4, 5, 6, 7, 8});

            audioFirst.awaitClosed();
            shortUuid.awaitClosed();
        }
        awaitUntil(() -> listener.linksInProgress() == 0, "the count back to zero");
    }

    @Test
    void aMessageLargerThanTheLargestFrameClosesTheLinkWithoutWaitingForItsPayload() throws Exception {
        // A long idle time-out: the link must end for the size alone, not for want of the payload.
        start(new AudioSocketLimits(10, 640, Duration.ofMillis(300), Duration.ofSeconds(4), Duration.ofMillis(500)));
        try (AsteriskAudio asterisk = asterisk()) {
            AudioLink link = connect(asterisk);
            asterisk.send(AsteriskAudio.audio(new short[320]));
            asterisk.send(new byte[] {0x10, 0x02, (byte) 0x82});

            assertThat(link.read()).as("a message of exactly the largest size").hasSize(320);
            long reading = System.nanoTime();
            assertThatThrownBy(link::read).isInstanceOf(AudioLinkClosed.class);
            assertThat(Duration.ofNanos(System.nanoTime() - reading)).isLessThan(Duration.ofSeconds(2));
            asterisk.awaitClosed();
            assertThat(listener.linksInProgress()).isZero();
        }
    }

    @Test
    void aCallWhoseAudioStopsForTheIdleTimeOutHasEnded() throws Exception {
        start(QUICK);
        try (AsteriskAudio asterisk = asterisk()) {
            AudioLink link = connect(asterisk);

            long reading = System.nanoTime();
            assertThatThrownBy(link::read).isInstanceOf(AudioLinkClosed.class);
            Duration waited = Duration.ofNanos(System.nanoTime() - reading);
            assertThat(waited).isGreaterThanOrEqualTo(Duration.ofMillis(450)).isLessThan(Duration.ofSeconds(3));
            asterisk.awaitClosed();
            assertThat(listener.linksInProgress()).isZero();
        }
    }

    @Test
    void audioEveryTwentyMillisecondsKeepsACallOpenLongPastTheIdleTimeOut() throws Exception {
        start(QUICK);
        try (AsteriskAudio asterisk = asterisk()) {
            AudioLink link = connect(asterisk);
            CompletableFuture<Void> talking = CompletableFuture.runAsync(() -> {
                // 1.5 s of audio, three idle time-outs, as Asterisk sends it: a frame every 20 ms.
                for (int i = 0; i < 75; i++) {
                    if (!asterisk.trySend(AsteriskAudio.silence())) {
                        return;
                    }
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });

            for (int i = 0; i < 75; i++) {
                assertThat(link.read()).as("frame %d", i).hasSize(160);
            }
            talking.get(HANG, TimeUnit.MILLISECONDS);
        }
    }

    @Test
    void pastTheMostLinksAConnectionIsClosedAtOnceAndThePlaceComesBackWhenALinkEnds() throws Exception {
        // A long hello time-out: a connection closed well before it was refused, not timed out.
        start(new AudioSocketLimits(2, 640, Duration.ofSeconds(4), Duration.ofSeconds(4), Duration.ofSeconds(4)));
        try (AsteriskAudio first = asterisk(); AsteriskAudio second = asterisk()) {
            AudioLink firstLink = connect(first);
            connect(second);
            assertThat(listener.linksInProgress()).isEqualTo(2);

            UUID third = UUID.randomUUID();
            CompletableFuture<AudioLink> thirdLink = expect(third).link();
            try (AsteriskAudio refused = asterisk()) {
                long connected = System.nanoTime();
                refused.awaitClosed();
                assertThat(Duration.ofNanos(System.nanoTime() - connected)).isLessThan(Duration.ofSeconds(2));
            }
            assertThat(listener.linksInProgress()).isEqualTo(2);

            first.send(AsteriskAudio.hangup());
            assertThatThrownBy(firstLink::read).isInstanceOf(AudioLinkClosed.class);
            assertThat(listener.linksInProgress()).isEqualTo(1);

            try (AsteriskAudio next = asterisk()) {
                next.sayHello(third).send(AsteriskAudio.audio((short) 3));
                assertThat(thirdLink.get(HANG, TimeUnit.MILLISECONDS).read()).containsExactly((short) 3);
                assertThat(listener.linksInProgress()).isEqualTo(2);
            }
        }
    }

    @Test
    void asteriskIsToldTheAddressItReachedTheServerAtWithThisPort() throws IOException {
        start(QUICK);

        assertThat(listener.addressFor(InetAddress.getByName("10.20.0.5"))).hasValue("10.20.0.5:" + listener.port());
        // In brackets, as app_audiosocket takes an IPv6 address (ast_sockaddr_resolve with a port).
        InetAddress v6 = InetAddress.getByName("fd00::5");
        assertThat(listener.addressFor(v6)).hasValue("[" + v6.getHostAddress() + "]:" + listener.port());
    }

    @Test
    void anAddressSetForAsteriskIsUsedWhateverAddressItReachedUsAt() throws IOException {
        start(AllowedClients.loopbackOnly(), QUICK, Optional.of(" audio.example.org "));
        assertThat(listener.addressFor(InetAddress.getByName("fd00::5"))).hasValue("audio.example.org:" + listener.port());
        listener.close();

        start(AllowedClients.loopbackOnly(), QUICK, Optional.of("fd00::9"));
        assertThat(listener.addressFor(InetAddress.getByName("10.20.0.5"))).hasValue("[fd00::9]:" + listener.port());
        listener.close();

        start(AllowedClients.loopbackOnly(), QUICK, Optional.of(""));
        assertThat(listener.addressFor(InetAddress.getByName("10.20.0.5"))).hasValue("10.20.0.5:" + listener.port());
    }

    @Test
    void aListenerThatIsNotListeningOffersNoAddress() throws IOException {
        listener = new AudioSocketListener(InetAddress.getLoopbackAddress(), 0, Optional.empty(), AllowedClients.loopbackOnly(), QUICK);
        assertThat(listener.addressFor(InetAddress.getLoopbackAddress())).isEmpty();

        listener.start();
        assertThat(listener.addressFor(InetAddress.getLoopbackAddress())).isPresent();

        listener.close();
        assertThat(listener.addressFor(InetAddress.getLoopbackAddress())).isEmpty();
        assertThat(AudioLinks.NONE.addressFor(InetAddress.getLoopbackAddress())).isEmpty();
    }

    static void awaitUntil(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(HANG);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within " + HANG + " ms: " + what);
            }
            Thread.sleep(5);
        }
    }
}
