package gov.ocss.ivr.app;

import gov.ocss.ivr.load.ChildJvm;

/** A loopback port nobody listens on right now, for a server under test: see {@link ChildJvm#freePort()}. */
public final class FreePort {
    private FreePort() {
    }

    public static int find() {
        return ChildJvm.freePort();
    }

    public static boolean isListening(int port) {
        return ChildJvm.listening(port);
    }
}
