package gov.ocss.ivr.helpline;

import gov.ocss.ivr.dialog.Question;
import gov.ocss.ivr.ledger.CaseNumber;
import gov.ocss.ivr.prompts.Prompt;
import java.util.Optional;

/**
 * Asks for a case number. A mistyped number is caught by its check digit here, without a look-up,
 * and the caller is told plainly that the number is not valid ({@link NotValid#tell}).
 */
public final class CaseNumberQuestion {
    private static final Question TEN_DIGITS = Question.digits(Prompt.of(Prompts.VERIFY_CASE_NUMBER),
            Prompt.of(Prompts.VERIFY_CASE_NUMBER_HELP), CaseNumber.LENGTH, CaseNumber.LENGTH);

    /** What came of it: a well-formed number, or one with a bad check digit. */
    public sealed interface Result {
    }

    public record Keyed(CaseNumber number) implements Result {
    }

    /**
     * A number with a wrong check digit. Whoever counts failed tries records it before telling the
     * caller: a caller may hang up on hearing "not valid", and the hang-up surfaces while the
     * sentence is played (its closing pause is a sound of its own).
     */
    public record NotValid() implements Result {
        public void tell(Visit visit) {
            visit.say(Prompts.VERIFY_CASE_NUMBER_INVALID);
        }
    }

    private CaseNumberQuestion() {
    }

    /** 0 and giving up are the dialog's way out (see {@code Dialog#answer}). */
    public static Result ask(Visit visit) {
        Optional<CaseNumber> number = CaseNumber.parse(visit.answer(TEN_DIGITS));
        if (number.isEmpty()) {
            return new NotValid();
        }
        return new Keyed(number.get());
    }
}
