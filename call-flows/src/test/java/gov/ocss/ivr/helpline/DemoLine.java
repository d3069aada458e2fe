package gov.ocss.ivr.helpline;

import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.app.FreePort;
import gov.ocss.ivr.app.PhoneLineApplication;
import gov.ocss.ivr.audit.AuditWriter;
import gov.ocss.ivr.demo.DemoCase;
import gov.ocss.ivr.demo.DemoDataset;
import gov.ocss.ivr.demo.Showcase;
import gov.ocss.ivr.demo.ShowcaseCase;
import gov.ocss.ivr.ledger.BusinessCalendar;
import gov.ocss.ivr.prompts.voice.SoundInventory;
import gov.ocss.ivr.prompts.voice.VoiceTexts;
import gov.ocss.ivr.simulator.AsteriskSimulator;
import gov.ocss.ivr.simulator.CallRecord;
import gov.ocss.ivr.simulator.CallSetup;
import gov.ocss.ivr.simulator.SimulatedCaller;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The demo line as {@code ./phoneline start} runs it (the Spring application on an embedded
 * PostgreSQL with the README's demo cases), with its clock set to a chosen moment, called over TCP
 * by the Asterisk simulator. One server per moment, shared by the test classes that ask for it and
 * stopped with the test JVM.
 *
 * <p>Every call checks what must hold for any call: no protocol error, every sound one the audio
 * compiler renders, and exactly one audit record holding codes only (no digit anywhere in its text).
 */
final class DemoLine {
    static final SoundInventory SOUNDS = SoundInventory.standard(VoiceTexts.read(Path.of("..").resolve(VoiceTexts.DEFAULT)));
    private static final Map<ZonedDateTime, DemoLine> RUNNING = new ConcurrentHashMap<>();
    private static final AtomicInteger CALLS = new AtomicInteger();
    private static final AtomicInteger CALLER_NUMBERS = new AtomicInteger();
    private static final int FIRST_CASE_OF_ITS_OWN = 100;

    private final ConfigurableApplicationContext app;
    private final int agiPort;
    private final ZonedDateTime startedAt;
    private final DemoDataset dataset;
    private DemoCase weeklyPayer;
    private final AtomicInteger casesHandedOut = new AtomicInteger();

    private DemoLine(ZonedDateTime now, String... settings) {
        this.startedAt = now;
        this.agiPort = FreePort.find();
        this.app = SpringApplication.run(PhoneLineApplication.class, Stream.concat(Stream.of(
                "--ivr.embedded-database.directory=" + temporaryDirectory(),
                "--ivr.agi.port=" + agiPort, "--server.port=0",
                "--ivr.clock.start=" + now.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)), Stream.of(settings))
                .toArray(String[]::new));
        this.dataset = DemoDataset.of(DemoDataset.DEFAULT_SEED, 300, YearMonth.from(now));
    }

    /** A weekday at 10 a.m. in New York: the main office is open and representatives answer. */
    static DemoLine duringOfficeHours() {
        return at(nearestDayThisMonth(day -> day.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue()));
    }

    /** A Sunday at 10 a.m. in New York: every office is closed. */
    static DemoLine onASunday() {
        return at(nearestDayThisMonth(day -> day.getDayOfWeek() == DayOfWeek.SUNDAY));
    }

    /**
     * A line during office hours with settings of its own (log levels, say), for one test only: not
     * shared, and stopped with {@link #close()}.
     */
    static DemoLine ofItsOwn(String... settings) {
        LocalDate day = nearestDayThisMonth(d -> d.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue());
        return new DemoLine(day.atTime(LocalTime.of(10, 0)).atZone(BusinessCalendar.ZONE), settings);
    }

    void close() {
        app.close();
    }

    private static DemoLine at(LocalDate day) {
        return RUNNING.computeIfAbsent(day.atTime(LocalTime.of(10, 0)).atZone(BusinessCalendar.ZONE), DemoLine::new);
    }

    /**
     * The day nearest today that passes, in this month up to the 28th. The demo data is anchored on
     * the month the server's clock is in, so a day of this month keeps the README's figures true; up
     * to the 28th, "the last 60 days" reach back over the whole of last month, whose payments the
     * showcase parents hear.
     */
    static LocalDate nearestDayThisMonth(Predicate<LocalDate> wanted) {
        LocalDate today = BusinessCalendar.system().today();
        YearMonth month = YearMonth.from(today);
        return month.atDay(1).datesUntil(month.atDay(29))
                .filter(wanted)
                .min(Comparator.comparingLong(day -> Math.abs(day.toEpochDay() - today.toEpochDay())))
                .orElseThrow();
    }

    /** Where the line takes calls, for a caller other than the simulator (the terminal phone). */
    int agiPort() {
        return agiPort;
    }

    /** The day the line thinks it is. */
    LocalDate today() {
        return startedAt.toLocalDate();
    }

    Jdbi jdbi() {
        return bean(Jdbi.class);
    }

    <T> T bean(Class<T> type) {
        return app.getBean(type);
    }

    DemoDataset dataset() {
        return dataset;
    }

    ShowcaseCase showcase(Showcase situation) {
        return dataset.showcase().get(situation.ordinal());
    }

    /**
     * A demo case no other test calls about (from the 101st on), for a test that changes what the
     * line says about it: a lock, a remail request.
     */
    DemoCase caseOfItsOwn() {
        return dataset.caseAt(FIRST_CASE_OF_ITS_OWN + casesHandedOut.getAndIncrement());
    }

    /**
     * No demo parent pays or is paid more than twice a month, so the first case after the showcase with
     * nothing in the last 90 days is given seven weekly payments, each passed on to the custodial
     * parent: $101 the oldest, six weeks ago, to $107 yesterday. Made once per server.
     */
    synchronized DemoCase caseWithWeeklyPayments() {
        if (weeklyPayer == null) {
            LocalDate today = today();
            DemoCase quiet = dataset.cases().limit(FIRST_CASE_OF_ITS_OWN).skip(Showcase.values().length)
                    .filter(c -> c.payments().stream().noneMatch(p -> p.receivedOn().isAfter(today.minusDays(90))))
                    .filter(c -> c.disbursements().stream().noneMatch(d -> d.issuedOn().isAfter(today.minusDays(90))))
                    .findFirst().orElseThrow();
            jdbi().useTransaction(h -> {
                for (int week = 1; week <= 7; week++) {
                    LocalDate day = today.minusDays(7L * (7 - week) + 1);
                    long cents = (100 + week) * 100L;
                    h.createUpdate("""
                                    insert into ledger.payment (case_id, payer_id, received_on, amount_cents, method)
                                    values (:case, :payer, :day, :cents, 'ONLINE')""")
                            .bind("case", quiet.id()).bind("payer", quiet.noncustodial().id())
                            .bind("day", day).bind("cents", cents).execute();
                    h.createUpdate("""
                                    insert into ledger.disbursement (case_id, payee_id, issued_on, amount_cents, method)
                                    values (:case, :payee, :day, :cents, 'DIRECT_DEPOSIT')""")
                            .bind("case", quiet.id()).bind("payee", quiet.custodial().id())
                            .bind("day", day).bind("cents", cents).execute();
                }
            });
            weeklyPayer = quiet;
        }
        return weeklyPayer;
    }

    /**
     * Each call from a number of its own: the PIN throttle counts wrong PINs by number, and the wrong
     * PINs the test classes key on this shared server must not add up to a throttle.
     */
    CallRecord call(CallSetup.Builder setup, SimulatedCaller caller) {
        return callFrom(String.format("21255%05d", CALLER_NUMBERS.incrementAndGet() % 100_000), setup, caller);
    }

    /** A call from this caller id number. */
    CallRecord callFrom(String callerIdNumber, CallSetup.Builder setup, SimulatedCaller caller) {
        // Asterisk's shape of a unique id: the epoch second the channel was made, a dot, a sequence number.
        setup.callerIdNumber(callerIdNumber).uniqueId(startedAt.toEpochSecond() + "." + CALLS.incrementAndGet());
        CallRecord call = AsteriskSimulator.create().call("127.0.0.1", agiPort, setup.build(), caller);
        assertThat(call.protocolErrors()).as("protocol errors").isEmpty();
        assertThat(call.serverClosed()).as("the server ended the AGI session: %s", call).isTrue();
        // Every sound the line played is one the audio compiler renders, data texts included.
        assertThat(call.soundsHeard()).allSatisfy(sound -> assertThat(SOUNDS.textOf(sound)).as(sound).isPresent());
        assertThat(call.missingSounds()).isEmpty();
        auditOf(call);
        return call;
    }

    /** Waits for the audit records of the calls that have ended: the server writes them off the calls' threads. */
    void awaitAudits() {
        try {
            assertThat(app.getBean(AuditWriter.class).flush(Duration.ofSeconds(30))).as("audit records written").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The call's one audit record, checked: it holds codes and categories, never a digit a caller keyed. */
    Audit auditOf(CallRecord call) {
        awaitAudits();
        List<Audit> records = jdbi().withHandle(h -> h.createQuery("""
                        select line, language, case_id, role, verification, array_to_string(information_given, ' ') as given,
                               remail_outcome, transfer_outcome, end_reason, extract(epoch from ended_at - started_at) as seconds
                          from ivr.call_audit where call_id = :id""")
                .bind("id", call.uniqueId())
                .map((rs, ctx) -> new Audit(rs.getString("line"), rs.getString("language"),
                        (Long) rs.getObject("case_id"), rs.getString("role"), rs.getString("verification"),
                        rs.getString("given"), rs.getString("remail_outcome"), rs.getString("transfer_outcome"),
                        rs.getString("end_reason"), rs.getDouble("seconds")))
                .list());
        assertThat(records).as("audit records of call %s", call.uniqueId()).hasSize(1);
        Audit audit = records.get(0);
        assertThat(audit.seconds()).as("duration").isGreaterThanOrEqualTo(0);
        // Without the text itself in the message: a digit there may be one the caller keyed.
        assertThat(audit.texts().stream().filter(text -> text.matches("(?s).*[0-9].*")).count())
                .as("audit text columns with a digit, call %s", call.uniqueId()).isZero();
        return audit;
    }

    /**
     * One row of {@code ivr.call_audit}. {@link #toString()} is its short form, what tests compare:
     * {@code helpline en verified NONCUSTODIAL [PAST_DUE] remail=- transfer=- caller_hung_up}.
     */
    record Audit(String line, String language, Long caseId, String role, String verification, String given,
                 String remail, String transfer, String endReason, double seconds) {
        List<String> texts() {
            return Stream.of(line, language, role, verification, given, remail, transfer, endReason)
                    .filter(Objects::nonNull).toList();
        }

        @Override
        public String toString() {
            return String.join(" ", line, String.valueOf(language), verification, role == null ? "-" : role,
                    "[" + given + "]", "remail=" + (remail == null ? "-" : remail),
                    "transfer=" + (transfer == null ? "-" : transfer), endReason);
        }
    }

    /** The words of every sound the caller heard, one after another; the pauses between them say nothing. */
    static String heard(CallRecord call) {
        return call.soundsHeard().stream()
                .map(sound -> SOUNDS.textOf(sound).orElse("[" + sound + "]"))
                .filter(words -> !words.isEmpty())
                .collect(Collectors.joining(" "));
    }

    /** Everything the TTY showed, with ICU's no-break spaces as spaces. */
    static String read(CallRecord call) {
        return String.join(" ", call.textsShown()).replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    /** What the caller heard (voice line) or read (TTY line). */
    static String received(CallRecord call) {
        return call.textsShown().isEmpty() ? heard(call) : read(call);
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("ivr-demo-line");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
