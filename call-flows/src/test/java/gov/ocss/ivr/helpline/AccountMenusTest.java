package gov.ocss.ivr.helpline;

import static gov.ocss.ivr.helpline.Walk.CUSTODIAL_MENU;
import static gov.ocss.ivr.helpline.Walk.MAIN_MENU;
import static gov.ocss.ivr.helpline.Walk.NONCUSTODIAL_MENU;
import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.caller.Line;
import gov.ocss.ivr.demo.DemoCase;
import gov.ocss.ivr.demo.Showcase;
import gov.ocss.ivr.demo.ShowcaseCase;
import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.simulator.CallRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every choice of both parents' account menus, in the three languages, on the help line and on the
 * TTY line: one call per parent walks the whole menu, as the README's showcase parent who speaks that
 * language (so the matrix also covers a credit, no payment in 60 days, and each way money is sent).
 * The phrases are what the caller hears or reads, the same pieces on both lines; the amounts are
 * words on the help line and figures on the TTY.
 */
class AccountMenusTest {
    private static final DemoLine LINE = DemoLine.duringOfficeHours();

    /** What a parent hears in answer to each menu choice, in order, and one amount said both ways. */
    private record Expected(Showcase showcase, List<String> phrases, String voiceAmount, String ttyAmount) {
    }

    private static final Map<Language, Expected> CUSTODIAL = Map.of(
            Language.ENGLISH, new Expected(Showcase.ON_TWO_CASES_AS_CUSTODIAL, List.of(
                    "The last payment sent to you:", "to your debit card.",
                    "Payments sent to you, newest first:", "to your debit card.",
                    "The current support on this case is", "No past-due support is owed to you on this case.",
                    "Your latest monthly notice is for",
                    "Your local office is the Brooklyn Child Support Office", "The office is open now."),
                    "The current support on this case is nine hundred fifty-three dollars and thirty-three cents a month.",
                    "The current support on this case is $953.33 a month."),
            Language.BENGALI, new Expected(Showcase.CUSTODIAL_PAID_BY_DIRECT_DEPOSIT, List.of(
                    "আপনাকে পাঠানো সর্বশেষ পেমেন্ট:", "সরাসরি আপনার ব্যাংক অ্যাকাউন্টে।",
                    "আপনাকে পাঠানো পেমেন্ট, নতুন থেকে পুরোনো:", "সরাসরি আপনার ব্যাংক অ্যাকাউন্টে।",
                    "এই কেসে বর্তমান মাসিক ভরণপোষণ", "এই কেসে আপনার পাওনা কোনো বকেয়া ভরণপোষণ নেই।",
                    "আপনার সর্বশেষ মাসিক নোটিশটি",
                    "আপনার স্থানীয় অফিস: Brooklyn Child Support Office", "অফিস এখন খোলা আছে।"),
                    "এই কেসে বর্তমান মাসিক ভরণপোষণ দুইশো ষোলো ডলার সাতষট্টি সেন্ট",
                    "এই কেসে বর্তমান মাসিক ভরণপোষণ ২১৬.৬৭ US$।"),
            Language.ALBANIAN, new Expected(Showcase.CUSTODIAL_PAID_BY_CHECK, List.of(
                    "Pagesa e fundit që ju është dërguar:", "me çek, i dërguar me postë më",
                    "Pagesat që ju janë dërguar, nga më e reja:", "me çek, i dërguar me postë më",
                    "Shuma mujore aktuale për këtë çështje është",
                    "Për këtë çështje nuk ka asnjë shumë të prapambetur që ju detyrohet.",
                    "Njoftimi juaj i fundit mujor është për muajin",
                    "Zyra juaj vendore është Bronx Child Support Office", "Zyra është e hapur tani."),
                    "Shuma mujore aktuale për këtë çështje është tetëqind e gjashtëdhjetë e gjashtë dollarë dhe gjashtëdhjetë e shtatë centë",
                    "Shuma mujore aktuale për këtë çështje është 866,67 US$."));

    private static final Map<Language, Expected> NONCUSTODIAL = Map.of(
            Language.ENGLISH, new Expected(Showcase.NONCUSTODIAL_WITH_ARREARS, List.of(
                    "Your current support is", "Your past-due balance is",
                    "Payments received from you, newest first:", "by check.",
                    "Please pay", "Make your check or money order payable to NYC Child Support Payment Center",
                    "Write your case number on your payment:",
                    "Your latest monthly notice is for",
                    "Your local office is the Bronx Child Support Office", "The office is open now."),
                    "Your past-due balance is two thousand five hundred four dollars and ninety-two cents",
                    "Your past-due balance is $2,504.92."),
            Language.BENGALI, new Expected(Showcase.NONCUSTODIAL_WITH_CREDIT, List.of(
                    "আপনার বর্তমান মাসিক ভরণপোষণ", "এই মাসের ভরণপোষণ পুরোপুরি পরিশোধ করা হয়েছে।",
                    "আপনার হিসাবে", "অতিরিক্ত জমা আছে।",
                    "আপনার কোনো বকেয়া ব্যালান্স নেই।", "অতিরিক্ত জমা আছে।",
                    "আপনার কাছ থেকে পাওয়া পেমেন্ট, নতুন থেকে পুরোনো:", "অনলাইনে।",
                    "এই মুহূর্তে আপনার কিছু পরিশোধ করার নেই।",
                    "চেক বা মানি অর্ডারে প্রাপকের নাম লিখুন: NYC Child Support Payment Center",
                    "আপনার পেমেন্টে কেস নম্বরটি লিখুন:",
                    "আপনার সর্বশেষ মাসিক নোটিশটি",
                    "আপনার স্থানীয় অফিস: Bronx Child Support Office", "অফিস এখন খোলা আছে।"),
                    "আপনার হিসাবে দুই হাজার একশো চুরাশি ডলার অতিরিক্ত জমা আছে।",
                    "আপনার হিসাবে ২,১৮৪.০০ US$ অতিরিক্ত জমা আছে।"),
            Language.ALBANIAN, new Expected(Showcase.NONCUSTODIAL_NO_RECENT_PAYMENT, List.of(
                    "Shuma juaj mujore aktuale është", "Detyrimi juaj i prapambetur është",
                    "Në 60 ditët e fundit nuk kemi marrë asnjë pagesë nga ju.",
                    "Ju lutemi paguani",
                    "Çekun ose mandatpagesën shkruajeni në emër të NYC Child Support Payment Center",
                    "Shkruani numrin e çështjes suaj në çek ose në mandatpagesë:",
                    "Njoftimi juaj i fundit mujor është për muajin",
                    "Zyra juaj vendore është Bronx Child Support Office", "Zyra është e hapur tani."),
                    "Detyrimi juaj i prapambetur është një mijë e dyqind e trembëdhjetë dollarë dhe tridhjetë e dy centë",
                    "Detyrimi juaj i prapambetur është 1 213,32 US$."));

    static Stream<Arguments> languagesAndLines() {
        List<Arguments> all = new ArrayList<>();
        for (Language language : Language.values()) {
            for (Line line : Line.values()) {
                all.add(Arguments.of(language, line));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} on the {1} line")
    @MethodSource("languagesAndLines")
    void aCustodialParentHearsEveryChoiceOfTheirMenu(Language language, Line line) {
        Expected expected = CUSTODIAL.get(language);

        CallRecord call = walkTheMenu(line, language, expected.showcase(), CUSTODIAL_MENU, "1", "2", "3", "4", "5");

        assertThat(DemoLine.received(call)).containsSubsequence(expected.phrases())
                .contains(line.isText() ? expected.ttyAmount() : expected.voiceAmount());
        assertThat(LINE.auditOf(call)).hasToString(line.scriptName() + " " + language.code() + " verified CUSTODIAL"
                + " [LAST_DISBURSEMENT DISBURSEMENTS ACCOUNT_SUMMARY MONTHLY_NOTICE OFFICE_CONTACT]"
                + " remail=- transfer=- caller_hung_up");
    }

    @ParameterizedTest(name = "{0} on the {1} line")
    @MethodSource("languagesAndLines")
    void aNoncustodialParentHearsEveryChoiceOfTheirMenu(Language language, Line line) {
        Expected expected = NONCUSTODIAL.get(language);

        CallRecord call = walkTheMenu(line, language, expected.showcase(), NONCUSTODIAL_MENU, "1", "2", "3", "4", "5", "6");

        assertThat(DemoLine.received(call)).containsSubsequence(expected.phrases())
                .contains(line.isText() ? expected.ttyAmount() : expected.voiceAmount());
        assertThat(LINE.auditOf(call)).hasToString(line.scriptName() + " " + language.code() + " verified NONCUSTODIAL"
                + " [CURRENT_DUE PAST_DUE PAYMENTS HOW_TO_PAY MONTHLY_NOTICE OFFICE_CONTACT]"
                + " remail=- transfer=- caller_hung_up");
    }

    @Test
    void aCustodialParentHearsRecentPaymentsFiveAtATimeAndMoreWhenTheyAsk() {
        DemoCase paidWeekly = LINE.caseWithWeeklyPayments();
        Walk walk = Walk.on(Line.HELPLINE).chooseLanguage(Language.ENGLISH).verify(paidWeekly, paidWeekly.custodial())
                .answer(CUSTODIAL_MENU, "2").answer(Walk.MORE, "1")
                .answer(CUSTODIAL_MENU, "9").hangUpAt(MAIN_MENU);

        CallRecord call = LINE.call(walk.setup(), walk.caller());

        assertThat(walk.caller().pendingSteps()).isEmpty();
        String heard = DemoLine.heard(call);
        assertThat(heard).containsSubsequence("Payments sent to you, newest first:",
                "one hundred seven dollars by direct deposit.", "one hundred six dollars by direct deposit.",
                "one hundred five dollars by direct deposit.", "one hundred four dollars by direct deposit.",
                "one hundred three dollars by direct deposit.", "To hear more, press 1. To go back, press 9.",
                "one hundred two dollars by direct deposit.", "one hundred one dollars by direct deposit.",
                "For the last payment sent to you, press 1.");
        assertThat(heard.split("To hear more", -1)).as("the offer of more, once").hasSize(2);
    }

    @Test
    void aNoncustodialParentOnTheTtyReadsFivePaymentsAndCanGoBackWithoutTheRest() {
        DemoCase paidWeekly = LINE.caseWithWeeklyPayments();
        Walk walk = Walk.on(Line.TTY).chooseLanguage(Language.ENGLISH).verify(paidWeekly, paidWeekly.noncustodial())
                .answer(NONCUSTODIAL_MENU, "3").answer(Walk.MORE, "9")
                .answer(NONCUSTODIAL_MENU, "9").hangUpAt(MAIN_MENU);

        CallRecord call = LINE.call(walk.setup(), walk.caller());

        assertThat(walk.caller().pendingSteps()).isEmpty();
        assertThat(DemoLine.read(call)).containsSubsequence("Payments received from you, newest first:",
                        "$107.00, paid online.", "$106.00, paid online.", "$105.00, paid online.", "$104.00, paid online.",
                        "$103.00, paid online.", "To see more, type 1. To go back, type 9. GA",
                        "For your current support due, type 1.")
                .doesNotContain("$102.00").doesNotContain("$101.00");
        assertThat(LINE.auditOf(call).given()).isEqualTo("PAYMENTS");
    }

    /** Language menu, verification, each choice in turn, 9 back to the main menu, then the caller hangs up. */
    private static CallRecord walkTheMenu(Line line, Language language, Showcase situation, String menu, String... choices) {
        ShowcaseCase parent = LINE.showcase(situation);
        Walk walk = Walk.on(line).chooseLanguage(language).verify(parent.supportCase(), parent.caller());
        for (String choice : choices) {
            walk.answer(menu, choice);
        }
        walk.answer(menu, "9").hangUpAt(MAIN_MENU);

        CallRecord call = LINE.call(walk.setup(), walk.caller());

        assertThat(walk.caller().pendingSteps()).isEmpty();
        assertThat(LINE.auditOf(call).language()).isEqualTo(language.code());
        return call;
    }
}
