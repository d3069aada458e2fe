package gov.ocss.ivr.prompts.audio;

import java.io.IOException;

/** A voice could not say a text; the message is for a person (no stack trace is shown for it). */
public class SynthesisException extends IOException {

    public SynthesisException(String message) {
        super(message);
    }
}
