package gov.ocss.ivr.load;

import gov.ocss.ivr.presenter.TextProfile;
import gov.ocss.ivr.prompts.CatalogRenderer;
import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.prompts.Prompt;
import gov.ocss.ivr.prompts.PromptRenderer;
import gov.ocss.ivr.tty.CallerTdd;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a benchmark caller at a TDD reads and types on the TTY line: the welcome and the language
 * menu, up to GA; its language; the main menu's first choice, over which it types 1 (a caller who
 * knows the menu); then the case-number question, up to GA. The line's words come from the prompt
 * catalog as a TDD shows them; the caller's keys are made into tones once, as whole 20 ms messages
 * of Asterisk's AudioSocket (kind 0x10, 8 kHz 16-bit little-endian).
 */
final class TonesScript {
    static final int SAMPLES_PER_FRAME = 160;
    /** 20 ms of silence, as an AudioSocket message. */
    static final byte[] SILENCE = message(new short[SAMPLES_PER_FRAME]);
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private final String languageMenu;
    private final Map<Language, String> firstChoice = new EnumMap<>(Language.class);
    private final Map<Language, String> caseNumberQuestion = new EnumMap<>(Language.class);
    private final Map<Language, byte[][]> languageKey = new EnumMap<>(Language.class);
    private final byte[][] choiceOne = frames("1 GA");

    private TonesScript(PromptRenderer renderer) {
        languageMenu = shown(renderer.text(Prompt.of("language.menu"), Language.ENGLISH));
        for (Language language : Language.values()) {
            String menu = shown(renderer.text(Prompt.of("main.menu"), language));
            firstChoice.put(language, menu.substring(0, menu.indexOf('1') + 1));
            caseNumberQuestion.put(language, shown(renderer.text(Prompt.of("verify.case_number"), language)));
            languageKey.put(language, frames((language.ordinal() + 1) + " GA"));
        }
    }

    static TonesScript standard() {
        return new TonesScript(CatalogRenderer.standard(Clock.systemDefaultZone()));
    }

    /** The language menu (in English, the dialplan's language), ending the line's first turn. */
    String languageMenu() {
        return languageMenu;
    }

    /** The main menu up to its first choice's key: the caller types 1 once it has read that far. */
    String firstChoice(Language language) {
        return firstChoice.get(language);
    }

    String caseNumberQuestion(Language language) {
        return caseNumberQuestion.get(language);
    }

    /** The caller's choice of language (1, 2 or 3, then GA) as tones. */
    byte[][] languageKey(Language language) {
        return languageKey.get(language);
    }

    /** "1 GA" as tones. */
    byte[][] choiceOne() {
        return choiceOne;
    }

    /** Text as a TDD prints it, white space (the line's new lines) as single spaces. */
    static String shown(String text) {
        return normalise(TextProfile.TONES.render(text));
    }

    static String normalise(CharSequence printed) {
        return WHITE_SPACE.matcher(printed).replaceAll(" ").trim();
    }

    private static byte[][] frames(String typed) {
        short[] sound = CallerTdd.typing(typed);
        byte[][] frames = new byte[(sound.length + SAMPLES_PER_FRAME - 1) / SAMPLES_PER_FRAME][];
        for (int f = 0; f < frames.length; f++) {
            short[] frame = new short[SAMPLES_PER_FRAME];
            System.arraycopy(sound, f * SAMPLES_PER_FRAME, frame, 0, Math.min(SAMPLES_PER_FRAME, sound.length - f * SAMPLES_PER_FRAME));
            frames[f] = message(frame);
        }
        return frames;
    }

    /** An AudioSocket audio message: kind 0x10, the length big-endian, the samples little-endian. */
    static byte[] message(short[] frame) {
        byte[] message = new byte[3 + 2 * frame.length];
        message[0] = 0x10;
        message[1] = (byte) (2 * frame.length >> 8);
        message[2] = (byte) (2 * frame.length);
        for (int i = 0; i < frame.length; i++) {
            message[3 + 2 * i] = (byte) frame[i];
            message[4 + 2 * i] = (byte) (frame[i] >> 8);
        }
        return message;
    }
}
