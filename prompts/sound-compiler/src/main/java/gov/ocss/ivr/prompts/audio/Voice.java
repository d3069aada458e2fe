package gov.ocss.ivr.prompts.audio;

/**
 * A speech synthesiser set up for one language. Implementations must be safe to call from several
 * threads (serialising internally if the engine is not).
 */
public interface Voice extends AutoCloseable {

    SoundSource source();

    /**
     * Everything that changes how this voice sounds (engine and version, voice, speed...). A sound
     * is rendered again when this changes. May look the engine up, so it can fail when it is missing.
     */
    String settings() throws VoiceUnavailableException;

    /** The text spoken, at whatever sample rate the engine produces. */
    MonoAudio speak(String text) throws SynthesisException;

    @Override
    default void close() {
    }
}
