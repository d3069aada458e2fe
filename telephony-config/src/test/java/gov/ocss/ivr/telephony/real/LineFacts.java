package gov.ocss.ivr.telephony.real;

import gov.ocss.ivr.load.PhoneServer;
import gov.ocss.ivr.demo.DemoCase;
import gov.ocss.ivr.demo.DemoDataset;
import gov.ocss.ivr.demo.DemoPerson;
import gov.ocss.ivr.ledger.AccountBalance;
import gov.ocss.ivr.ledger.Disbursement;
import gov.ocss.ivr.ledger.Ledger;
import gov.ocss.ivr.ledger.Payment;
import gov.ocss.ivr.ledger.SupportCase;
import gov.ocss.ivr.prompts.CatalogRenderer;
import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.prompts.Prompt;
import gov.ocss.ivr.prompts.PromptArg;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Jdbi;

/**
 * What the suite's callers should hear, from the sources the line itself reads: the demo parents
 * (their case numbers, PINs, dates of birth and ZIP codes, as the demo generator made them for the
 * server's month) and the ledger in the server's database. Prompts are rendered by the catalog only
 * to know which sound files and which text spell a figure in Bengali and Albanian; English figures
 * are also read back from the words heard, independently of our renderer.
 */
final class LineFacts {
    private final DemoDataset dataset;
    private final Ledger ledger;
    private final Jdbi jdbi;
    private final CatalogRenderer renderer;
    private final LocalDate today;

    LineFacts(PhoneServer server, ZonedDateTime serverClock) {
        this.today = serverClock.withZoneSameInstant(RealAsterisk.NEW_YORK).toLocalDate();
        this.dataset = DemoDataset.of(DemoDataset.DEFAULT_SEED, 300, YearMonth.from(today));
        this.jdbi = Jdbi.create(server.jdbcUrl());
        this.ledger = new Ledger(jdbi);
        this.renderer = CatalogRenderer.standard(Clock.fixed(serverClock.toInstant(), RealAsterisk.NEW_YORK));
    }


    Jdbi jdbi() {
        return jdbi;
    }

    DemoCase demoCase(int index) {
        return dataset.caseAt(index);
    }

    static String caseNumber(DemoCase demoCase) {
        return demoCase.caseNumber().digits();
    }

    static String pin(DemoPerson person) {
        return person.pin().digits();
    }

    static String birthDate(DemoPerson person) {
        return person.dateOfBirth().format(DateTimeFormatter.ofPattern("MMddyyyy"));
    }

    static String zip(DemoPerson person) {
        return person.address().zip();
    }

    SupportCase supportCase(DemoCase demoCase) {
        return ledger.findCase(demoCase.caseNumber()).orElseThrow();
    }

    AccountBalance balance(DemoCase demoCase) {
        return ledger.balance(supportCase(demoCase).id(), today);
    }

    Disbursement lastDisbursement(DemoCase demoCase) {
        return ledger.recentDisbursements(supportCase(demoCase).id(), demoCase.custodial().id(), today, 1).get(0);
    }

    /** The latest payment received from the noncustodial parent, as the line reads it first among recent payments. */
    Prompt latestPayment(DemoCase demoCase) {
        Payment payment = ledger.recentPayments(supportCase(demoCase).id(), today, 1).get(0);
        return Prompt.of("payment." + payment.method().name().toLowerCase(Locale.ROOT),
                PromptArg.date("date", payment.receivedOn()), PromptArg.money("amount", payment.amount().cents()));
    }

    /** What the line says for the past-due balance (option 2 of the noncustodial parent's menu). */
    Prompt pastDue(DemoCase demoCase) {
        AccountBalance balance = balance(demoCase);
        return balance.pastDue().isPositive()
                ? Prompt.of("balance.past_due", PromptArg.money("amount", balance.pastDue().cents()))
                : Prompt.of("balance.no_past_due");
    }

    /** The item the line reads for one payment sent to a custodial parent. */
    static Prompt item(Disbursement sent) {
        PromptArg issued = PromptArg.date("date", sent.issuedOn());
        PromptArg amount = PromptArg.money("amount", sent.amount().cents());
        return switch (sent.method()) {
            case DIRECT_DEPOSIT -> Prompt.of("disbursement.direct_deposit", issued, amount);
            case DEBIT_CARD -> Prompt.of("disbursement.debit_card", issued, amount);
            case CHECK -> sent.checkMailedOn()
                    .map(mailed -> Prompt.of("disbursement.check_mailed", issued, amount, PromptArg.date("mailed", mailed)))
                    .orElseGet(() -> Prompt.of("disbursement.check_not_mailed", issued, amount));
        };
    }

    List<String> sounds(Prompt prompt, Language language) {
        return renderer.sounds(prompt, language);
    }

    String text(Prompt prompt, Language language) {
        return renderer.text(prompt, language);
    }

    /** "We will mail a new PIN letter, it should arrive by ...", for any arrival in the next 6 weeks. */
    List<Prompt> letterQueued() {
        List<Prompt> prompts = new ArrayList<>();
        for (int days = 0; days <= 42; days++) {
            prompts.add(Prompt.of("remail.queued", PromptArg.date("arrives", today.plusDays(days))));
        }
        return prompts;
    }

    /** The PIN-letter requests queued for the person, by line ({@code helpline}, {@code tty}). */
    List<String> letterRequests(DemoPerson person) {
        return jdbi.withHandle(h -> h.createQuery("select channel from ivr.remail_request where person_id = :person order by id")
                .bind("person", person.id()).mapTo(String.class).list());
    }

    /** Whether {@code played} holds {@code expected} as one run of sounds, in order. */
    static boolean playedInOrder(List<String> played, List<String> expected) {
        return Collections.indexOfSubList(played, expected) >= 0;
    }
}
