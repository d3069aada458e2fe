package gov.ocss.ivr.helpline;

import static gov.ocss.ivr.simulator.CallerAction.hangUp;
import static gov.ocss.ivr.simulator.CallerAction.press;
import static gov.ocss.ivr.simulator.CallerAction.silence;
import static gov.ocss.ivr.simulator.CallerAction.typeText;

import gov.ocss.ivr.caller.Line;
import gov.ocss.ivr.demo.DemoCase;
import gov.ocss.ivr.demo.DemoPerson;
import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.simulator.CallSetup;
import gov.ocss.ivr.simulator.ScriptedCaller;

/**
 * A caller's way through a call, written once for both lines: on the help line each answer is
 * pressed as the question's first sound starts (barging in, as callers who know the menu do); on
 * the TTY line it is typed at the next question, on a real-time-text (UTF-8) channel.
 */
final class Walk {
    static final String LANGUAGE_MENU = "ocss/language-option";
    static final String MAIN_MENU = "ocss/main-menu";
    static final String NEXT_MENU = "ocss/next-menu";
    static final String CASE_NUMBER = "ocss/verify-case_number";
    static final String PIN = "ocss/verify-pin";
    static final String CUSTODIAL_MENU = "ocss/account-menu-custodial";
    static final String NONCUSTODIAL_MENU = "ocss/account-menu-noncustodial";
    static final String MORE = "ocss/list-more";
    static final String BIRTH_DATE = "ocss/remail-birth_date";
    static final String ZIP = "ocss/remail-zip";

    private final Line line;
    /** A Bengali reader on a text channel: chooses Bengali whatever the walk says, and types Bengali digits. */
    private final boolean bengaliTyping;
    private final ScriptedCaller script = ScriptedCaller.create();

    private Walk(Line line, boolean bengaliTyping) {
        this.line = line;
        this.bengaliTyping = bengaliTyping;
    }

    static Walk on(Line line) {
        return new Walk(line, false);
    }

    /**
     * The TTY line on a real-time-text channel, with a caller who reads Bengali: at the language menu
     * they choose Bengali whatever the walk asks, and they type every digit with a Bengali keyboard
     * (০-৯), as the Bengali prompts write them.
     */
    static Walk bengaliTyping() {
        return new Walk(Line.TTY, true);
    }

    /** Answers the question whose first sound is {@code questionSound} (help line), or the next question (TTY). */
    Walk answer(String questionSound, String keys) {
        if (line.isText()) {
            script.atInput(typeText(bengaliTyping ? inBengaliDigits(keys) : keys));
        } else {
            script.whenHearing(questionSound, press(keys));
        }
        return this;
    }

    Walk hangUpAt(String questionSound) {
        if (line.isText()) {
            script.atInput(hangUp());
        } else {
            script.whenHearing(questionSound, hangUp());
        }
        return this;
    }

    /** 1 for English, 2 for Bengali, 3 for Albanian, at the language menu. */
    Walk chooseLanguage(Language language) {
        Language chosen = bengaliTyping ? Language.BENGALI : language;
        return answer(LANGUAGE_MENU, Integer.toString(chosen.ordinal() + 1));
    }

    /** Lets the question wait with no answer until the line offers more time. */
    Walk waitFor(String questionSound) {
        if (line.isText()) {
            script.atInput(silence());
        } else {
            script.whenHearing(questionSound, silence());
        }
        return this;
    }

    static String inBengaliDigits(String keys) {
        StringBuilder bengali = new StringBuilder(keys.length());
        for (char c : keys.toCharArray()) {
            bengali.append(c >= '0' && c <= '9' ? (char) ('\u09E6' + (c - '0')) : c);
        }
        return bengali.toString();
    }

    /** Account information from the main menu, with the case number and the PIN of the parent who calls. */
    Walk verify(DemoCase supportCase, DemoPerson parent) {
        return answer(MAIN_MENU, "1")
                .answer(CASE_NUMBER, supportCase.caseNumber().digits())
                .answer(PIN, parent.pin().digits());
    }

    ScriptedCaller caller() {
        return script;
    }

    /** The dialplan's AGI call for this line, the TTY as a real-time-text channel. */
    CallSetup.Builder setup() {
        CallSetup.Builder setup = CallSetup.forScript(line.scriptName());
        return line.isText() ? setup.query("profile=utf8") : setup;
    }
}
