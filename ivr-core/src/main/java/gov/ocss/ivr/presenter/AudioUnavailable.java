package gov.ocss.ivr.presenter;

/**
 * A TDD call's audio could not be brought to the server (no audio listener, or Asterisk did not
 * connect in time): the line cannot reach the caller at all, so it does not try. The call goes back
 * to the dialplan with no next step, where Asterisk answers for the server, in Baudot tones too.
 */
public final class AudioUnavailable extends RuntimeException {
    public AudioUnavailable(String why) {
        super(why, null, false, false);
    }
}
