package gov.ocss.ivr.audiosocket;

/** The call's audio connection has ended: the caller hung up, Asterisk went quiet, or it sent garbage. */
public final class AudioLinkClosed extends RuntimeException {
    public AudioLinkClosed(String why) {
        super(why, null, false, false);
    }
}
