package gov.ocss.ivr.helpline;

import static gov.ocss.ivr.helpline.Walk.BIRTH_DATE;
import static gov.ocss.ivr.helpline.Walk.CASE_NUMBER;
import static gov.ocss.ivr.helpline.Walk.CUSTODIAL_MENU;
import static gov.ocss.ivr.helpline.Walk.MAIN_MENU;
import static gov.ocss.ivr.helpline.Walk.NEXT_MENU;
import static gov.ocss.ivr.helpline.Walk.NONCUSTODIAL_MENU;
import static gov.ocss.ivr.helpline.Walk.PIN;
import static gov.ocss.ivr.helpline.Walk.ZIP;
import static gov.ocss.ivr.simulator.CallerAction.hangUp;
import static gov.ocss.ivr.simulator.CallerAction.press;
import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.caller.Line;
import gov.ocss.ivr.demo.DemoCase;
import gov.ocss.ivr.demo.DemoPerson;
import gov.ocss.ivr.demo.Showcase;
import gov.ocss.ivr.demo.ShowcaseCase;
import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.remail.RemailWorker;
import gov.ocss.ivr.remail.letter.ActualTextStripper;
import gov.ocss.ivr.simulator.CallRecord;
import gov.ocss.ivr.simulator.CallSetup;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Issue 9: no PIN, case number, date of birth or keyed digits reaches a log line, an exception
 * message or an audit record. A server of its own (its own embedded PostgreSQL) runs with every
 * logger at DEBUG, ours and the libraries' at TRACE (Asterisk-Java, Jdbi, HikariCP, the PostgreSQL
 * driver, whose TRACE shows each statement's bound values), and takes full calls of every flow on
 * both lines in the three languages; then neither the whole console output nor the audit tables may
 * hold any of the secrets those calls used. What keeps them out is the masking of
 * {@code gov.ocss.ivr.app.logging} (logback-spring.xml) and audit records of codes only.
 */
@ExtendWith(OutputCaptureExtension.class)
class NoSecretsInLogsTest {
    /** Everything at DEBUG, and the loggers that see keyed digits, bound values or AGI traffic at TRACE. */
    private static final Map<String, LogLevel> LEVELS = Map.of(
            LoggingSystem.ROOT_LOGGER_NAME, LogLevel.DEBUG,
            "gov.ocss", LogLevel.TRACE,
            "org.asteriskjava", LogLevel.TRACE,
            // application.properties switches its stack traces off; here they must be on.
            "org.asteriskjava.fastagi.internal.FastAgiConnectionHandler", LogLevel.TRACE,
            "org.jdbi", LogLevel.TRACE,
            "com.zaxxer", LogLevel.TRACE,
            "org.postgresql", LogLevel.TRACE,
            "org.springframework.jdbc", LogLevel.TRACE,
            // PostgreSQL's own output (errors quote the values of a failing row).
            "io.zonky.test.db.postgres", LogLevel.DEBUG);
    /** The PostgreSQL driver logs through java.util.logging: its level there decides what reaches Logback. */
    private static final java.util.logging.Logger POSTGRESQL_DRIVER = java.util.logging.Logger.getLogger("org.postgresql");
    /** The new PIN and the request id at the foot of each letter (as RemailWorkerTest reads them). */
    private static final Pattern NEW_PIN_LETTER = Pattern.compile("Your new PIN\\s+([0-9]{5}).*?request ([0-9]+)", Pattern.DOTALL);
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    private final Secrets secrets = new Secrets();
    /** The last four digits of an SSN are only a secret beside the word: four digits alone are common. */
    private final Secrets ssnTails = new Secrets();
    private final List<String> callIds = new ArrayList<>();
    private DemoLine line;

    /**
     * How the log is written: Spring Boot's plain lines, or its structured JSON (an operator's one
     * setting), each to the console and to a rolled file (logging.file.name).
     */
    enum Format {
        PLAIN(" %s ", List.of()),
        JSON("\"%s\"", List.of("--logging.structured.format.console=ecs", "--logging.structured.format.file=logstash"));

        /** How a line of this format shows its level, from the level's name. */
        private final String level;
        private final List<String> settings;

        Format(String level, List<String> settings) {
            this.level = level;
            this.settings = settings;
        }

        String level(String name) {
            return level.formatted(name);
        }
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void fullCallsOfEveryFlowAtDebugLeaveNoSecretInTheLogOrTheAuditTrail(Format format, CapturedOutput output, @TempDir Path logs)
            throws IOException, InterruptedException {
        long started = System.nanoTime();
        POSTGRESQL_DRIVER.setLevel(Level.ALL);
        Path logFile = logs.resolve("phone-line.log");
        // A small file, so that it is rolled over during the calls: the archives are read and searched too.
        List<String> settings = new ArrayList<>(List.of("--logging.config=classpath:logback-spring.xml", "--logging.file.name=" + logFile,
                "--logging.logback.rollingpolicy.max-file-size=1MB"));
        settings.addAll(format.settings);
        LEVELS.forEach((name, level) -> settings.add("--logging.level." + name + "=" + level));
        // Spring Boot configures Logback once while any line in this JVM is running: a line shared by
        // the tests before this one would leave this line without its log file. Closing a line lets
        // the next configure it; this does the same whatever ran before.
        LoggingSystem.get(NoSecretsInLogsTest.class.getClassLoader()).cleanUp();
        line = DemoLine.ofItsOwn(settings.toArray(String[]::new));
        List<String> auditFindings;
        List<String> exceptionFindings;
        try {
            LoggerFactory.getLogger(NoSecretsInLogsTest.class).debug("canary: a PIN {} keyed", "13579");
            callEveryFlow();
            exceptionFindings = failedStatementsQuotingACaseNumber();
            auditFindings = auditFindings();
        } finally {
            line.close();
            putTheLogLevelsBack();
        }
        String console = output.getAll();
        List<Path> archives = archivesOnceCompressed(logFile);
        assertThat(archives).as("the log file rolled over; in its folder: %s", filesIn(logs)).isNotEmpty();
        StringBuilder everyFile = new StringBuilder();
        for (Path archive : archives) {
            try (InputStream unzipped = new GZIPInputStream(Files.newInputStream(archive))) {
                everyFile.append(new String(unzipped.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        String file = everyFile.append(Files.readString(logFile)).toString();
        String log = console + "\n" + file;
        // The count with separators: a bare number of five digits or more would be masked.
        LoggerFactory.getLogger(NoSecretsInLogsTest.class).info("{}: {} calls, {} secrets, {} lines of log, {} in its file, {} s",
                format, callIds.size(), secrets.size(), String.format("%,d", console.lines().count()),
                String.format("%,d", file.lines().count()), (System.nanoTime() - started) / 1_000_000_000);

        // The capture is the real thing: masked by the application's logging, at DEBUG and TRACE, from the
        // libraries too, with each call's id, on the console and in the file alike. (Booleans and counts: a
        // failure must not print the log.)
        assertThat(console.contains("canary: a PIN ***** keyed")).as("the canary on the console, masked").isTrue();
        assertThat(file.contains("canary: a PIN ***** keyed")).as("the canary in the file, masked").isTrue();
        assertThat(file.lines().filter(l -> l.contains("canary")).allMatch(l -> l.startsWith("{") == (format == Format.JSON)))
                .as("the file's lines are " + format).isTrue();
        assertThat(linesWith(file, format.level("DEBUG"), "FastAgiConnectionHandler")).as("Asterisk-Java's DEBUG lines")
                .isGreaterThanOrEqualTo(callIds.size());
        assertThat(linesWith(file, format.level("DEBUG"), "FastAgiListener$Server")).as("our listener's DEBUG lines")
                .isGreaterThanOrEqualTo(callIds.size());
        assertThat(linesWith(file, format.level("TRACE"), "FE=> Bind(")).as("the driver's TRACE of bound values").isGreaterThan(100);
        assertThat(callIds.stream().filter(id -> !file.contains(format == Format.PLAIN ? " " + id + "] " : "\"" + id + "\"")))
                .as("calls whose unique id is missing from the log").isEmpty();
        // A process id, a free port or a call's unique id of this run may equal a PIN by chance (it happened:
        // Tomcat on the port that was person 214's PIN; call 1796526246.NNNNN, whose count was a new PIN just
        // printed); those secrets cannot be told from the number and are not searched.
        Set<String> incidental = incidentalNumbers(log);
        callIds.forEach(id -> incidental.addAll(List.of(id.split("\\D+"))));
        int forgotten = secrets.forgetChanceEquals(incidental);
        assertThat(forgotten).as("secrets equal to a process id, a port or a call's unique id of this run").isLessThanOrEqualTo(2);
        assertThat(secrets.foundIn("the log", log)).as("secrets in the log").isEmpty();
        assertThat(ssnTails.foundIn("the log's lines that say SSN",
                String.join("\n", log.lines().filter(l -> l.toLowerCase(Locale.ROOT).contains("ssn")).toList())))
                .as("SSNs in the log").isEmpty();
        assertThat(exceptionFindings).as("secrets in the messages of failed statements").isEmpty();
        assertThat(auditFindings).as("secrets in the audit tables").isEmpty();
    }

    /**
     * The archives, once Logback has finished compressing them: it renames the full file to a {@code .tmp}
     * and compresses that on a thread of its own, so the last archive may still be on its way when the
     * calls end (more so on a busy machine).
     */
    private static List<Path> archivesOnceCompressed(Path logFile) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline && stillCompressing(logFile.getParent())) {
            TimeUnit.MILLISECONDS.sleep(50);
        }
        return archivesOf(logFile);
    }

    private static boolean stillCompressing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".tmp"));
        }
    }

    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName() + " " + f.toFile().length()).toList();
        }
    }

    /** The rolled-over files of the log, oldest first (phone-line.log.2026-12-05.0.gz, .1.gz, ...). */
    private static List<Path> archivesOf(Path logFile) throws IOException {
        String prefix = logFile.getFileName() + ".";
        try (Stream<Path> files = Files.list(logFile.getParent())) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix) && f.toString().endsWith(".gz"))
                    .sorted(Comparator.comparingInt(NoSecretsInLogsTest::archiveIndex)).toList();
        }
    }

    private static int archiveIndex(Path archive) {
        String name = archive.getFileName().toString();
        String[] parts = name.substring(0, name.length() - ".gz".length()).split("\\.");
        return Integer.parseInt(parts[parts.length - 1]);
    }

    /** Process ids and ports the log names as such: the log line's pid column, "pid 123", "port 123", "host:123". */
    private static Set<String> incidentalNumbers(String log) {
        Set<String> numbers = new HashSet<>();
        Matcher named = INCIDENTAL.matcher(log);
        while (named.find()) {
            numbers.add(named.group(1) != null ? named.group(1) : named.group(2));
        }
        return numbers;
    }

    private static final Pattern INCIDENTAL = Pattern.compile(
            "(?m)^\\S+\\s+[A-Z]+\\s+(\\d+) ---|(?i)(?:\\bpid\"?:?|\\bport|(?:127\\.0\\.0\\.1|localhost|0\\.0\\.0\\.0)):?\\s*(\\d{5,})\\b");

    private static long linesWith(String log, String level, String text) {
        return log.lines().filter(l -> l.contains(level) && l.contains(text)).count();
    }

    private void callEveryFlow() {
        for (Line on : Line.values()) {
            everyAccountMenuChoice(on, Language.ENGLISH, Showcase.ON_TWO_CASES_AS_CUSTODIAL, CUSTODIAL_MENU, 5);
            everyAccountMenuChoice(on, Language.BENGALI, Showcase.CUSTODIAL_PAID_BY_DIRECT_DEPOSIT, CUSTODIAL_MENU, 5);
            everyAccountMenuChoice(on, Language.ALBANIAN, Showcase.CUSTODIAL_PAID_BY_CHECK, CUSTODIAL_MENU, 5);
            everyAccountMenuChoice(on, Language.ENGLISH, Showcase.NONCUSTODIAL_WITH_ARREARS, NONCUSTODIAL_MENU, 6);
            everyAccountMenuChoice(on, Language.BENGALI, Showcase.NONCUSTODIAL_WITH_CREDIT, NONCUSTODIAL_MENU, 6);
            everyAccountMenuChoice(on, Language.ALBANIAN, Showcase.NONCUSTODIAL_NO_RECENT_PAYMENT, NONCUSTODIAL_MENU, 6);
        }
        morePaymentsOnRequest();
        onABaudotTty();
        inBengaliDigits();
        DemoCase remailed = pinLetterRequests();
        theNewPinOfAPrintedLetter(remailed);
        threeWrongPins();
        anInvalidCaseNumber();
        aHangUpHalfWayThroughThePin();
        officeDetailsThenARepresentative();
    }

    /** Verified as the showcase parent, every choice of their menu in turn, back, hang up. */
    private void everyAccountMenuChoice(Line on, Language language, Showcase situation, String menu, int choices) {
        ShowcaseCase parent = line.showcase(situation);
        Walk walk = Walk.on(on).chooseLanguage(language).verify(parent.supportCase(), usedBy(parent.supportCase(), parent.caller()));
        for (int choice = 1; choice <= choices; choice++) {
            walk.answer(menu, Integer.toString(choice));
        }
        call(walk.answer(menu, "9").hangUpAt(MAIN_MENU), walk.setup());
    }

    private void morePaymentsOnRequest() {
        DemoCase paidWeekly = line.caseWithWeeklyPayments();
        call(Walk.on(Line.HELPLINE).chooseLanguage(Language.ENGLISH).verify(paidWeekly, usedBy(paidWeekly, paidWeekly.custodial()))
                .answer(CUSTODIAL_MENU, "2").answer(Walk.MORE, "1").answer(CUSTODIAL_MENU, "9").hangUpAt(MAIN_MENU), null);
    }

    /** A TDD's capitals, the case number typed in groups with spaces. */
    private void onABaudotTty() {
        ShowcaseCase parent = line.showcase(Showcase.NONCUSTODIAL_WITH_ARREARS);
        String digits = parent.supportCase().caseNumber().digits();
        String spaced = digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6);
        secrets.add("the case number typed as on a TDD", spaced);
        usedBy(parent.supportCase(), parent.caller());
        Walk walk = Walk.on(Line.TTY).chooseLanguage(Language.ENGLISH).answer(MAIN_MENU, "1")
                .answer(CASE_NUMBER, spaced).answer(PIN, parent.caller().pin().digits())
                .answer(NONCUSTODIAL_MENU, "2").hangUpAt(NONCUSTODIAL_MENU);
        call(walk, CallSetup.forScript("tty"));
    }

    /**
     * A Bengali reader on a text channel types the case number, the PIN, and for a PIN letter the date
     * of birth and the ZIP code with Bengali digits: the secrets are searched by their digits in any
     * script, so neither ৮০০২৪ as typed nor 80024 as the line reads it may reach the log.
     */
    private void inBengaliDigits() {
        ShowcaseCase parent = line.showcase(Showcase.NONCUSTODIAL_WITH_CREDIT);
        call(Walk.bengaliTyping().chooseLanguage(Language.BENGALI)
                .verify(parent.supportCase(), usedBy(parent.supportCase(), parent.caller()))
                .answer(NONCUSTODIAL_MENU, "2").hangUpAt(NONCUSTODIAL_MENU), null);

        DemoCase remailed = line.caseOfItsOwn();
        DemoPerson remailParent = usedBy(remailed, remailed.custodial());
        call(Walk.bengaliTyping().chooseLanguage(Language.BENGALI).answer(MAIN_MENU, "2")
                .answer(CASE_NUMBER, remailed.caseNumber().digits())
                .answer(BIRTH_DATE, keyedBirthDate(remailParent))
                .answer(ZIP, keyed("the ZIP code typed in Bengali digits", remailParent.address().zip()))
                .hangUpAt(MAIN_MENU), null);
    }

    /**
     * On the help line with the date of birth keyed; on the TTY with dashes and slashes; one with the
     * wrong ZIP. Returns the case of the first, whose custodial parent asked for a letter.
     */
    private DemoCase pinLetterRequests() {
        DemoCase voice = line.caseOfItsOwn();
        DemoPerson voiceParent = usedBy(voice, voice.custodial());
        call(Walk.on(Line.HELPLINE).chooseLanguage(Language.ENGLISH).answer(MAIN_MENU, "2")
                .answer(CASE_NUMBER, voice.caseNumber().digits())
                .answer(BIRTH_DATE, keyedBirthDate(voiceParent))
                .answer(ZIP, keyed("the ZIP code keyed for a PIN letter", voiceParent.address().zip()))
                .hangUpAt(MAIN_MENU), null);

        DemoCase typed = line.caseOfItsOwn();
        DemoPerson typedParent = usedBy(typed, typed.noncustodial());
        String digits = typed.caseNumber().digits();
        call(Walk.on(Line.TTY).chooseLanguage(Language.BENGALI).answer(MAIN_MENU, "2")
                .answer(CASE_NUMBER, keyed("a case number typed with dashes",
                        digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6)))
                .answer(BIRTH_DATE, typedParent.dateOfBirth().format(US_DATE))
                .answer(ZIP, keyed("the ZIP code typed for a PIN letter", typedParent.address().zip()))
                .hangUpAt(MAIN_MENU), null);

        DemoCase wrongZip = line.caseOfItsOwn();
        DemoPerson wrongZipParent = usedBy(wrongZip, wrongZip.custodial());
        call(Walk.on(Line.HELPLINE).chooseLanguage(Language.ALBANIAN).answer(MAIN_MENU, "2")
                .answer(CASE_NUMBER, wrongZip.caseNumber().digits())
                .answer(BIRTH_DATE, keyedBirthDate(wrongZipParent))
                .answer(ZIP, keyed("a wrong ZIP code keyed", "10467".equals(wrongZipParent.address().zip()) ? "10468" : "10467"))
                .hangUpAt(NEXT_MENU), null);
        return voice;
    }

    /**
     * The queue printed as the worker prints it (new PINs, PDF letters), each new PIN read back from its
     * letter as a secret, and the parent who asked on the help line verifying with theirs: the first use
     * of a new PIN, which replaces the old one.
     */
    private void theNewPinOfAPrintedLetter(DemoCase remailed) {
        List<RemailWorker.PrintedBatch> batches = line.bean(RemailWorker.class).printQueue("no-secrets-test", 10);
        assertThat(batches).as("batches printed").isNotEmpty();
        Map<Long, String> newPins = new HashMap<>();
        for (RemailWorker.PrintedBatch batch : batches) {
            byte[] pdf = line.jdbi().withHandle(h -> h.createQuery("select document from ivr.print_batch where id = :id")
                    .bind("id", batch.id()).mapTo(byte[].class).one());
            Matcher letter = NEW_PIN_LETTER.matcher(lettersOf(pdf));
            while (letter.find()) {
                long personId = line.jdbi().withHandle(h -> h.createQuery("select person_id from ivr.remail_request where id = :id")
                        .bind("id", Long.parseLong(letter.group(2))).mapTo(Long.class).one());
                newPins.put(personId, keyed("the new PIN printed for person id " + personId, letter.group(1)));
            }
        }
        DemoPerson parent = remailed.custodial();
        assertThat(newPins.containsKey(parent.id())).as("a new PIN printed for the parent who asked").isTrue();
        call(Walk.on(Line.HELPLINE).chooseLanguage(Language.ENGLISH).answer(MAIN_MENU, "1")
                .answer(CASE_NUMBER, remailed.caseNumber().digits()).answer(PIN, newPins.get(parent.id()))
                .answer(CUSTODIAL_MENU, "3").hangUpAt(CUSTODIAL_MENU), null);
    }

    private static String lettersOf(byte[] pdf) {
        try {
            return ActualTextStripper.text(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Three PINs that are not the parent's, then goodbye. */
    private void threeWrongPins() {
        DemoCase supportCase = line.caseOfItsOwn();
        usedBy(supportCase, supportCase.noncustodial());
        Walk walk = Walk.on(Line.HELPLINE).chooseLanguage(Language.ENGLISH).answer(MAIN_MENU, "1");
        for (int attempt = 1; attempt <= 3; attempt++) {
            walk.answer(CASE_NUMBER, supportCase.caseNumber().digits())
                    .answer(PIN, keyed("wrong PIN #" + attempt, wrongPin(supportCase, attempt)));
        }
        call(walk.answer(NEXT_MENU, "9"), null);
    }

    /** A case number one digit off: its check digit fails. */
    private void anInvalidCaseNumber() {
        String digits = line.caseOfItsOwn().caseNumber().digits();
        String wrong = digits.substring(0, 9) + (char) ('0' + (digits.charAt(9) - '0' + 1) % 10);
        call(Walk.on(Line.HELPLINE).chooseLanguage(Language.ENGLISH).answer(MAIN_MENU, "1")
                .answer(CASE_NUMBER, keyed("an invalid case number", wrong))
                .hangUpAt("ocss/verify-case_number_invalid"), null);
    }

    /** The caller presses three digits of the PIN and hangs up. */
    private void aHangUpHalfWayThroughThePin() {
        DemoCase supportCase = line.caseOfItsOwn();
        DemoPerson parent = usedBy(supportCase, supportCase.custodial());
        Walk walk = Walk.on(Line.HELPLINE).chooseLanguage(Language.ENGLISH).answer(MAIN_MENU, "1")
                .answer(CASE_NUMBER, supportCase.caseNumber().digits());
        walk.caller().whenHearing(PIN, press(parent.pin().digits().substring(0, 3)).andThen(hangUp()));
        call(walk, null);
    }

    private void officeDetailsThenARepresentative() {
        call(Walk.on(Line.HELPLINE).chooseLanguage(Language.ALBANIAN).answer(MAIN_MENU, "3").answer(MAIN_MENU, "0"), null);
        call(Walk.on(Line.TTY).chooseLanguage(Language.ENGLISH).answer(MAIN_MENU, "AGENT"), null);
    }

    private void call(Walk walk, CallSetup.Builder setup) {
        CallRecord call = line.call(setup == null ? walk.setup() : setup, walk.caller());
        callIds.add(call.uniqueId());
        // Not pendingSteps(): its description would show the keys still to press.
        assertThat(walk.caller().isFinished()).as("call %s went as scripted", call.uniqueId()).isTrue();
    }

    /** The case number and both parents' PINs and dates of birth become secrets; the caller's returned. */
    private DemoPerson usedBy(DemoCase supportCase, DemoPerson caller) {
        secrets.add("case number of case id " + supportCase.id(), supportCase.caseNumber().digits());
        for (DemoPerson parent : List.of(supportCase.custodial(), supportCase.noncustodial())) {
            String who = "person id " + parent.id();
            secrets.add("PIN of " + who, parent.pin().digits())
                    .add("date of birth of " + who, parent.dateOfBirth().toString())
                    .add("date of birth (MM/DD/YYYY) of " + who, parent.dateOfBirth().format(US_DATE))
                    .add("date of birth as keyed of " + who, keyedBirthDate(parent));
            ssnTails.add("last four of the SSN of " + who, parent.ssnLast4());
        }
        return caller;
    }

    /**
     * MMDDYYYY, as the help line asks for it. (Not EveryQuestionTest's: using that class starts its
     * shared demo line.)
     */
    private static String keyedBirthDate(DemoPerson person) {
        return person.dateOfBirth().format(DateTimeFormatter.ofPattern("MMddyyyy"));
    }

    private String keyed(String what, String keys) {
        secrets.add(what, keys);
        return keys;
    }

    /** A PIN neither parent of the case has. */
    private static String wrongPin(DemoCase supportCase, int attempt) {
        for (int n = 17 * attempt; ; n += 7919) {
            String pin = String.format("%05d", (n * 7919L) % 100_000);
            if (!pin.equals(supportCase.custodial().pin().digits()) && !pin.equals(supportCase.noncustodial().pin().digits())) {
                return pin;
            }
        }
    }

    /**
     * A statement and a batch that fail on a case number (a duplicate, and a row missing its other
     * columns): the driver (logServerErrorDetail=false) and Jdbi (StatementWithoutBoundValues) leave
     * the value out of their messages, and the stack trace logged goes through the masking as well.
     */
    private List<String> failedStatementsQuotingACaseNumber() {
        DemoCase supportCase = line.caseOfItsOwn();
        usedBy(supportCase, supportCase.custodial());
        String insert = "insert into ledger.support_case (case_number) values (:caseNumber)";
        List<String> findings = new ArrayList<>();
        List<Consumer<Handle>> failing = List.of(
                h -> h.createUpdate(insert).bind("caseNumber", supportCase.caseNumber().digits()).execute(),
                h -> h.prepareBatch(insert).bind("caseNumber", supportCase.caseNumber().digits()).add().execute());
        for (Consumer<Handle> statement : failing) {
            try {
                line.jdbi().useHandle(statement::accept);
                findings.add("a statement that should have failed did not");
            } catch (JdbiException failure) {
                LoggerFactory.getLogger("gov.ocss.ivr.ledger").error("A statement failed", failure);
                findings.addAll(secrets.foundIn("a failed statement's messages", messagesOf(failure)));
            }
        }
        return findings;
    }

    /** The messages of an exception, its causes and a JDBC exception's next ones. */
    private static String messagesOf(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages.append(t).append('\n');
            if (t instanceof SQLException sql) {
                for (SQLException next = sql.getNextException(); next != null; next = next.getNextException()) {
                    messages.append(next).append('\n');
                }
            }
        }
        return messages.toString();
    }

    /** Every row of the three audit tables, as text, searched for the secrets and the SSNs' last four digits. */
    private List<String> auditFindings() {
        List<String> findings = new ArrayList<>();
        for (String table : List.of("ivr.call_audit", "ivr.pin_attempt", "ivr.staff_action")) {
            List<String> rows = line.jdbi().withHandle(h -> h.createQuery("select t::text from " + table + " t")
                    .mapTo(String.class).list());
            findings.addAll(secrets.foundIn(table, String.join("\n", rows)));
        }
        return findings;
    }

    /** Other tests share this JVM's Logback: back to the levels of application.properties. */
    private static void putTheLogLevelsBack() {
        LoggingSystem logging = LoggingSystem.get(NoSecretsInLogsTest.class.getClassLoader());
        LEVELS.keySet().stream().filter(name -> !name.equals(LoggingSystem.ROOT_LOGGER_NAME))
                .forEach(name -> logging.setLogLevel(name, null));
        logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.INFO);
        logging.setLogLevel("org.asteriskjava.fastagi.internal.FastAgiConnectionHandler", LogLevel.OFF);
        logging.setLogLevel("io.zonky.test.db.postgres", LogLevel.WARN);
        POSTGRESQL_DRIVER.setLevel(null);
    }
}
