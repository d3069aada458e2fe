package gov.ocss.ivr.helpline;

import gov.ocss.ivr.dialog.Question;
import gov.ocss.ivr.prompts.Prompt;
import gov.ocss.ivr.remail.KeyedDateOfBirth;
import java.time.LocalDate;

/**
 * The caller's date of birth, as 8 digits: month, day, year. Asked for a PIN letter, and of a caller
 * from a hidden number after too many wrong PINs from hidden numbers (Verification). A date that
 * cannot be one is asked again, as any answer the line cannot use.
 */
public final class BirthDateQuestion {
    private static final Question QUESTION = Question.digits(Prompt.of(Prompts.REMAIL_BIRTH_DATE),
            Prompt.of(Prompts.REMAIL_BIRTH_DATE_HELP), 8, 8).validatedBy(keyed -> KeyedDateOfBirth.parse(keyed).isPresent());

    private BirthDateQuestion() {
    }

    public static LocalDate ask(Visit visit) {
        return KeyedDateOfBirth.parse(visit.answer(QUESTION)).orElseThrow();
    }
}
