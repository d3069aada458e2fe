package gov.ocss.ivr.load;

import gov.ocss.ivr.demo.DemoCase;
import gov.ocss.ivr.demo.DemoDataset;
import gov.ocss.ivr.demo.DemoPerson;
import gov.ocss.ivr.load.PromptedCaller.Step;
import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.prompts.Prompt;
import gov.ocss.ivr.simulator.CallRecord;
import gov.ocss.ivr.simulator.SimulatedCaller;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The calls of the soak, as a day on the line brings them: most callers hear their balance and
 * payments, some key a wrong PIN first, some hang up part-way, some ask for a new PIN letter. Each
 * call is judged by what its caller heard.
 *
 * <p>Balance, wrong-PIN and hang-up calls are made for the noncustodial parents of the first half of
 * the cases; letters are asked for by both parents of the other half, each once, so that a letter
 * (which gives its parent a new PIN) never changes the PIN of a caller who verifies.
 */
final class SoakMix {
    private static final String LANGUAGE = "ocss/language-option";
    private static final String MAIN_MENU = "ocss/main-menu";
    private static final String CASE_NUMBER = "ocss/verify-case_number";
    private static final String PIN = "ocss/verify-pin";
    private static final String VERIFIED = "ocss/verify-done";
    private static final String ACCOUNT_MENU = "ocss/account-menu-noncustodial";
    private static final String BIRTH_DATE = "ocss/remail-birth_date";
    private static final String ZIP = "ocss/remail-zip";
    private static final String NEXT_MENU = "ocss/next-menu";
    static final String LETTER_QUEUED = "ocss/remail-queued";
    private static final List<String> LETTER_ANSWERS = List.of(LETTER_QUEUED, "ocss/remail-already_requested", "ocss/remail-too_many");

    enum Kind { BALANCE, WRONG_PIN, HANG_UP, LETTER }

    /** How a call ended, as the soak counts it. */
    enum Outcome {
        /** It went as the caller meant it to. */
        SERVED,
        /** Told the database is out (or passed to a person for it) while the database was being restarted. */
        MET_OUTAGE,
        /** Said goodbye to by a server being restarted, its calls given time to finish. */
        ENDED_BY_RESTART,
        FAILED,
        WRONG
    }

    record Verdict(Outcome outcome, String why) {
        static Verdict served() {
            return new Verdict(Outcome.SERVED, "");
        }
    }

    /** One call to make: who calls, on which line, and what they mean to do. */
    record Plan(Kind kind, SimulatedCaller caller, boolean tty, Parent parent, Language language) {
    }

    private final DemoDataset dataset;
    private final CallCheck check;
    private final double ttyShare;
    private final List<Parent> parents = new ArrayList<>();
    private final AtomicInteger lettersAsked = new AtomicInteger();
    private final Random random;

    SoakMix(DemoDataset dataset, LocalDate today, CallCheck check, double ttyShare, long seed) {
        this.dataset = dataset;
        this.check = check;
        this.ttyShare = ttyShare;
        this.random = new Random(seed);
        for (int i = 0; i < dataset.caseCount() / 2; i++) {
            parents.add(Parent.of(dataset.caseAt(i), today));
        }
    }

    /** 60 % balance calls (a tenth of them on the TTY line), 15 % wrong PIN first, 15 % hang-ups, 10 % letters. */
    synchronized Plan next() {
        double roll = random.nextDouble();
        int pick = random.nextInt(parents.size());
        Parent parent = parents.get(pick);
        String language = String.valueOf(parent.language().ordinal() + 1);
        if (roll < 0.60) {
            boolean tty = random.nextDouble() < ttyShare;
            return new Plan(Kind.BALANCE, new ParentCaller(parent, tty, Think.REALISTIC), tty, parent, parent.language());
        }
        if (roll < 0.75) {
            String wrong = parent.pin().equals("00000") ? "00001" : "00000";
            return voice(Kind.WRONG_PIN, parent, List.of(Step.answer(LANGUAGE, language), Step.answer(MAIN_MENU, "1"),
                    Step.answer(CASE_NUMBER, parent.caseNumber() + "#"), Step.answer(PIN, wrong),
                    Step.answer(CASE_NUMBER, parent.caseNumber() + "#"), Step.answer(PIN, parent.pin()),
                    Step.hangUpAfter(ACCOUNT_MENU, "")));
        }
        if (roll < 0.90) {
            return voice(Kind.HANG_UP, parent, hangingUp(parent, language, random.nextInt(5)));
        }
        int letter = lettersAsked.getAndIncrement();
        int caseIndex = dataset.caseCount() / 2 + letter / 2;
        if (caseIndex >= dataset.caseCount()) {
            // Every parent of the letter half has asked once: a balance call instead.
            return new Plan(Kind.BALANCE, new ParentCaller(parent, false, Think.REALISTIC), false, parent, parent.language());
        }
        DemoCase letterCase = dataset.caseAt(caseIndex);
        DemoPerson asking = letter % 2 == 0 ? letterCase.noncustodial() : letterCase.custodial();
        LocalDate born = asking.dateOfBirth();
        String birthDate = String.format("%02d%02d%04d", born.getMonthValue(), born.getDayOfMonth(), born.getYear());
        return new Plan(Kind.LETTER, new PromptedCaller(List.of(Step.answer(LANGUAGE, String.valueOf(asking.language().ordinal() + 1)),
                Step.answer(MAIN_MENU, "2"), Step.answer(CASE_NUMBER, letterCase.caseNumber().digits() + "#"),
                Step.answer(BIRTH_DATE, birthDate), Step.answer(ZIP, asking.address().zip()),
                Step.hangUpAfter(MAIN_MENU + "|" + NEXT_MENU, ""))), false, null, asking.language());
    }

    /** A verifying caller who hangs up at one of five points, from the first prompt to the balance being read. */
    private static List<Step> hangingUp(Parent parent, String language, int point) {
        List<Step> steps = new ArrayList<>();
        switch (point) {
            case 0 -> steps.add(Step.hangUpDuring(LANGUAGE));
            case 1 -> {
                steps.add(Step.answer(LANGUAGE, language));
                steps.add(Step.answer(MAIN_MENU, "1"));
                steps.add(Step.hangUpAfter(CASE_NUMBER, parent.caseNumber().substring(0, 3)));
            }
            case 2 -> {
                steps.add(Step.answer(LANGUAGE, language));
                steps.add(Step.answer(MAIN_MENU, "1"));
                steps.add(Step.answer(CASE_NUMBER, parent.caseNumber() + "#"));
                steps.add(Step.hangUpAfter(PIN, parent.pin().substring(0, 2)));
            }
            case 3 -> {
                steps.addAll(verifying(parent, language));
                steps.add(Step.hangUpAfter(ACCOUNT_MENU, ParentCaller.PAST_DUE));
            }
            default -> {
                steps.addAll(verifying(parent, language));
                steps.add(Step.hangUpDuring(ACCOUNT_MENU));
            }
        }
        return steps;
    }

    private static List<Step> verifying(Parent parent, String language) {
        return List.of(Step.answer(LANGUAGE, language), Step.answer(MAIN_MENU, "1"),
                Step.answer(CASE_NUMBER, parent.caseNumber() + "#"), Step.answer(PIN, parent.pin()));
    }

    private static Plan voice(Kind kind, Parent parent, List<Step> steps) {
        return new Plan(kind, new PromptedCaller(steps), false, parent, parent.language());
    }

    /**
     * What became of the call. A call the soak's restarts explain (the database out, a server shutting
     * down) is counted as such only when it overlapped that restart ({@code duringDatabaseRestart},
     * {@code duringServerRestart}); at any other time it is a failure.
     */
    Verdict judge(Plan plan, CallRecord call, boolean duringDatabaseRestart, boolean duringServerRestart) {
        Optional<CallCheck.Verdict> broken = CallCheck.broken(call);
        if (broken.isPresent()) {
            return of(broken.get());
        }
        if (call.end() != CallRecord.End.SERVER_CLOSED) {
            return new Verdict(Outcome.FAILED, "the call was not ended by the server: " + call.end());
        }
        Optional<String> reason = call.variable("IVR_REASON");
        if (reason.filter("shutdown"::equals).isPresent()) {
            return duringServerRestart ? new Verdict(Outcome.ENDED_BY_RESTART, "")
                    : new Verdict(Outcome.FAILED, "ended by a server shutting down, with no restart under way");
        }
        boolean toldOfOutage = reason.filter("system"::equals).isPresent()
                || (plan.caller() instanceof PromptedCaller prompted && prompted.metOutage())
                || check.received(call, Prompt.of("outage.unavailable"), plan.language(), plan.tty());
        if (toldOfOutage) {
            return duringDatabaseRestart ? new Verdict(Outcome.MET_OUTAGE, "")
                    : new Verdict(Outcome.FAILED, "told of an outage (IVR_REASON=" + reason.orElse("-")
                            + ") with the database up");
        }
        return switch (plan.kind()) {
            case BALANCE -> {
                yield of(check.check(call, (ParentCaller) plan.caller(), plan.parent(), plan.tty()));
            }
            case WRONG_PIN -> finished(plan) && heard(call, VERIFIED) ? Verdict.served()
                    : new Verdict(Outcome.FAILED, "a wrong PIN and then the right one did not verify");
            case HANG_UP -> call.callerHungUp() ? Verdict.served()
                    : new Verdict(Outcome.FAILED, "the line ended the call before the caller hung up");
            case LETTER -> finished(plan) && LETTER_ANSWERS.stream().anyMatch(answer -> heard(call, answer)) ? Verdict.served()
                    : new Verdict(Outcome.FAILED, "a PIN letter was asked for and the caller was not told what became of it");
        };
    }

    /** The load test's verdict, as the soak counts it. */
    private static Verdict of(CallCheck.Verdict verdict) {
        return switch (verdict.outcome()) {
            case OK -> Verdict.served();
            case WRONG -> new Verdict(Outcome.WRONG, verdict.why());
            case REFUSED, FAILED -> new Verdict(Outcome.FAILED, verdict.why());
        };
    }

    private static boolean finished(Plan plan) {
        return ((PromptedCaller) plan.caller()).finished();
    }

    static boolean heard(CallRecord call, String sound) {
        return call.soundsHeard().stream().anyMatch(played -> played.endsWith("/" + sound));
    }
}
