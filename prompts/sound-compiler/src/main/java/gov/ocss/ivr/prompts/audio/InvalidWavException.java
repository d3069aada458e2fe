package gov.ocss.ivr.prompts.audio;

import java.io.IOException;

/** A file that is not a WAV file this compiler can read; the message says what is wrong, for a person. */
public class InvalidWavException extends IOException {

    public InvalidWavException(String message) {
        super(message);
    }
}
