package gov.ocss.ivr.prompts.audio;

/** The engine behind a voice is not there at all (not installed, voice data missing): no sound of it can be made. */
public class VoiceUnavailableException extends SynthesisException {

    public VoiceUnavailableException(String message) {
        super(message);
    }
}
