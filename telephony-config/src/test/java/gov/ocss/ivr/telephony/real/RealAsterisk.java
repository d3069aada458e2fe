package gov.ocss.ivr.telephony.real;

import gov.ocss.ivr.load.PhoneServer;
import gov.ocss.ivr.prompts.audio.CompileSounds;
import gov.ocss.ivr.prompts.voice.SoundInventory;
import gov.ocss.ivr.prompts.voice.VoiceTexts;
import gov.ocss.ivr.telephony.ShippedDialplan;
import gov.ocss.ivr.tty.TddSounds;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real-Asterisk suite's line: one throwaway Asterisk with the shipped modules.conf,
 * extensions.conf and queues.conf, the compiled sounds installed by {@code install-sounds}, the
 * phone server from its jar, caller and agent robots, all started once for every test class that
 * uses it and stopped when the tests end. Without an Asterisk, the tests are skipped with one line
 * saying how to run them.
 *
 * <p>Everything the suite adds to Asterisk is its own scaffolding, added at run time over the CLI: the
 * modules {@code res_clioriginate} (to place calls), {@code app_senddtmf} (the robots' key presses) and
 * {@code cdr_csv} (to read CDRs), one context
 * per call that sets what the call needs (and, for a caller who records what they hear, answers and
 * waits a second) and goes to {@code ocss-from-carrier}, and a context for
 * the agent robots, who are members of both queues.
 */
public final class RealAsterisk implements BeforeAllCallback, ExtensionContext.Store.CloseableResource, AutoCloseable {
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final String HELPLINE = "8882084485";
    static final String TTY = "8668759975";
    /**
     * Test classes that place calls run at the same time (calls mostly listen); they hold this lock to
     * read, and the test of Asterisk's "closed today" switch, which every call would notice, to write.
     */
    static final String CLOSED_SWITCH = "asterisk database ocss/closed";
    private static final Path TESTS_WORK = Path.of("target", "real-asterisk");
    private static final String CALLS = "ocss-test-calls";
    private static final String AGENTS = "ocss-test-agents";
    private static final int AGENTS_PER_QUEUE = 6;

    private static RealAsterisk line;
    private static boolean missing;

    private final Path work;
    private ThrowawayAsterisk asterisk;
    private AsteriskLog log;
    private Robots robots;
    private PhoneServer server;
    private Sounds sounds;
    private TddPhones tddPhones;
    private LineFacts facts;
    private final ZonedDateTime serverClock = officeMorning();
    private final AtomicInteger calls = new AtomicInteger();

    /** The suite's line, started by the extension before the test class. */
    static RealAsterisk line() {
        return line;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (RealAsterisk.class) {
            if (line == null && !missing) {
                Optional<AsteriskBinary> binary = AsteriskBinary.find();
                if (binary.isEmpty()) {
                    missing = true;
                    System.out.println(AsteriskBinary.HOW_TO_RUN);
                } else {
                    RealAsterisk started = start(binary.get(), TESTS_WORK, List.of());
                    context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(RealAsterisk.class, started);
                    line = started;
                }
            }
        }
        Assumptions.assumeFalse(missing, AsteriskBinary.HOW_TO_RUN);
    }

    /** For JUnit, which makes the one line of a test run itself. */
    public RealAsterisk() {
        this(TESTS_WORK);
    }

    private RealAsterisk(Path work) {
        this.work = work;
    }

    /**
     * A line of its own in {@code work} (the benchmark's), its main phone server started with
     * {@code serverSettings} ({@code --name=value}).
     */
    static RealAsterisk start(AsteriskBinary binary, Path work, List<String> serverSettings)
            throws IOException, InterruptedException {
        RealAsterisk line = new RealAsterisk(work);
        try {
            line.start(binary, serverSettings);
        } catch (IOException | InterruptedException | RuntimeException e) {
            // Whatever had started (Asterisk, the server and its PostgreSQL) must not outlive the failure.
            try {
                line.close();
            } catch (Exception closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
        return line;
    }

    private void start(AsteriskBinary binary, List<String> serverSettings) throws IOException, InterruptedException {
        PhoneServer.deleteTree(work.resolve("asterisk"));
        Path compiled = work.resolve("sounds");
        int failed = CompileSounds.run(SoundInventory.standard(VoiceTexts.read(Path.of("..", "prompts", "voice-texts.txt"))),
                "--out", compiled.toString(), "--overrides", Path.of("..", "prompts", "sounds-overrides").toString());
        if (failed != 0) {
            throw new IllegalStateException("the sounds did not compile");
        }
        // ./phoneline sounds then writes the TTY line's failover sentences as a TDD's tones beside them.
        TddSounds.render(compiled);
        sounds = Sounds.read(compiled.resolve("manifest.tsv"));
        asterisk = ThrowawayAsterisk.create(binary, work.resolve("asterisk").toAbsolutePath(), Path.of("asterisk"));
        installSounds(compiled, asterisk.sounds());
        log = new AsteriskLog(asterisk.fullLog());
        asterisk.start();
        robots = new Robots();
        tddPhones = new TddPhones();
        asterisk.cli("module load res_clioriginate.so");
        asterisk.cli("module load app_senddtmf.so");
        asterisk.cli("module load cdr_csv.so");
        asterisk.cli("agi set debug on");
        // Several agents, as an office has: after each call an agent is not rung again for the queue's
        // wrap-up time (15 s), and the suite's calls come in together.
        for (int agent = 1; agent <= AGENTS_PER_QUEUE; agent++) {
            // One extension each: a Local member whose extension is only matched by a pattern shows as Invalid.
            asterisk.addStep(AGENTS, "agent" + agent, 1, "AGI(" + robots.agentUrl() + ")");
            for (String queue : List.of("ocss-voice", "ocss-tty")) {
                asterisk.cli("queue add member Local/agent" + agent + "@" + AGENTS + "/n to " + queue);
            }
        }
        server = startServer("main", serverSettings);
        facts = new LineFacts(server, serverClock);
    }

    /**
     * A phone server of its own with these settings, its clock on a weekday morning of this month in New
     * York (so a caller who asks for a person is put through, and the demo figures are this month's).
     */
    PhoneServer startServer(String name, List<String> settings) throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(List.of("--ivr.clock.start=" + serverClock.toOffsetDateTime()));
        all.addAll(settings);
        return PhoneServer.start(work.resolve("server-" + name).toAbsolutePath(), all);
    }

    static ZonedDateTime officeMorning() {
        LocalDate day = LocalDate.now(NEW_YORK);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.getDayOfMonth() > 3 ? day.minusDays(1) : day.plusDays(1);
        }
        return day.atTime(10, 0).atZone(NEW_YORK);
    }

    private static void installSounds(Path compiled, Path to) throws IOException, InterruptedException {
        Process install = new ProcessBuilder("bash", Path.of("install-sounds").toAbsolutePath().toString(),
                "--from", compiled.toAbsolutePath().toString(), "--to", to.toString())
                .redirectErrorStream(true).start();
        String output = new String(install.getInputStream().readAllBytes());
        if (!install.waitFor(5, TimeUnit.MINUTES) || install.exitValue() != 0) {
            throw new IllegalStateException("install-sounds failed: " + output);
        }
    }

    PhoneServer server() {
        return server;
    }

    ThrowawayAsterisk asterisk() {
        return asterisk;
    }

    AsteriskLog log() {
        return log;
    }

    Robots robots() {
        return robots;
    }

    Sounds sounds() {
        return sounds;
    }

    LineFacts facts() {
        return facts;
    }

    /** What the callers of a server started by {@link #startServer} should hear (the same demo month). */
    LineFacts factsOf(PhoneServer other) {
        return new LineFacts(other, serverClock);
    }

    /** A record of Asterisk's CDRs (cdr_csv's Master.csv): the channel it is about and its userfield. */
    record Cdr(String channel, String userfield) {
    }

    /** The last CDR of {@code channel} with a userfield, once Asterisk has written it (at the call's end). */
    Cdr cdr(String channel, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Cdr found = null;
            if (java.nio.file.Files.exists(asterisk.cdrCsv())) {
                for (String row : java.nio.file.Files.readAllLines(asterisk.cdrCsv())) {
                    List<String> fields = csvFields(row);
                    // accountcode, src, dst, dcontext, clid, channel, ... uniqueid, userfield (cdr.conf of ThrowawayAsterisk)
                    if (fields.size() > 6 && fields.get(5).equals(channel) && !fields.get(fields.size() - 1).isEmpty()) {
                        found = new Cdr(channel, fields.get(fields.size() - 1));
                    }
                }
            }
            if (found != null) {
                return found;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no CDR with a userfield for " + channel + " in " + asterisk.cdrCsv());
            }
            Thread.sleep(200);
        }
    }

    private static List<String> csvFields(String row) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < row.length(); i++) {
            char c = row.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < row.length() && row.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    /** Places a call as planned and waits until the caller's robot has its side of it. */
    TestCall call(CallPlan plan) throws InterruptedException {
        String id = Integer.toString(calls.incrementAndGet());
        return originate(plannedExtension(id, plan), CALLS, id);
    }

    /**
     * Places a call into {@code extension@context} with one CLI command, the caller's robot known as
     * {@code id}, and waits until the robot has its side of it.
     */
    TestCall originate(String extension, String context, String id) throws InterruptedException {
        asterisk.cli("channel originate Local/" + extension + "@" + context + " application AGI " + robots.callerUrl(id));
        Robots.Agi robot = robots.caller(id, Duration.ofSeconds(30));
        String lineChannel = robot.channel().substring(0, robot.channel().length() - 1) + "2";
        return new TestCall(robot, log.channel(lineChannel), sounds);
    }

    /**
     * Places a call as planned from a TDD: the caller's half of the call runs Asterisk's own
     * AudioSocket to the TDD, which hears and types in Baudot tones.
     */
    TddCaller tddCall(CallPlan plan) throws InterruptedException, IOException {
        String id = Integer.toString(calls.incrementAndGet());
        String extension = plannedExtension(id, plan);
        UUID tdd = UUID.randomUUID();
        asterisk.cli("channel originate Local/" + extension + "@" + CALLS + " application AudioSocket "
                + tddPhones.audioSocketArgument(tdd));
        return tddPhones.await(tdd, Duration.ofSeconds(30));
    }

    /** The test call's own extension: the plan's settings, then the number dialled. */
    private String plannedExtension(String id, CallPlan plan) {
        String extension = "c" + id;
        int step = 0;
        asterisk.addStep(CALLS, extension, ++step, "Set(OCSS_AGI=" + plan.server().orElse(server.agiUrl()) + ")");
        if (plan.backup().isPresent()) {
            asterisk.addStep(CALLS, extension, ++step, "Set(OCSS_AGI_BACKUP=" + plan.backup().get() + ")");
        }
        if (plan.ttyProfile().isPresent()) {
            asterisk.addStep(CALLS, extension, ++step, "Set(OCSS_TTY_PROFILE=" + plan.ttyProfile().get() + ")");
        }
        if (plan.callerNumber().isPresent()) {
            asterisk.addStep(CALLS, extension, ++step, "Set(CALLERID(num)=" + plan.callerNumber().get() + ")");
        }
        for (String setting : agentHours(plan.agents())) {
            asterisk.addStep(CALLS, extension, ++step, "Set(" + setting + ")");
        }
        if (plan.listens()) {
            asterisk.addStep(CALLS, extension, ++step, "Answer()");
            asterisk.addStep(CALLS, extension, ++step, "Wait(1)");
        }
        asterisk.addStep(CALLS, extension, ++step, "Goto(ocss-from-carrier," + plan.number() + ",1)");
        return extension;
    }

    /**
     * Agents on duty (or not) whatever the day: the hours and time zone the dialplan reads, set on the
     * call. Open is every minute of a zone where today is no public holiday of the dialplan; closed is
     * a month that is not this one.
     */
    private static List<String> agentHours(CallPlan.Agents agents) {
        ZonedDateTime now = ZonedDateTime.now();
        return switch (agents) {
            case AS_SHIPPED -> List.of();
            case ON_DUTY -> {
                for (String zone : List.of("America/New_York", "Pacific/Kiritimati", "Etc/GMT+12")) {
                    ZoneId id = ZoneId.of(zone);
                    if (!ShippedDialplan.isHoliday(now, id) && !ShippedDialplan.isHoliday(now.plusMinutes(10), id)) {
                        yield List.of("OCSS_AGENT_HOURS=*,*,*,*", "OCSS_TIMEZONE=" + zone);
                    }
                }
                throw new IllegalStateException("every zone has a holiday now");
            }
            case OFF_DUTY -> List.of("OCSS_AGENT_HOURS=*,*,*," + now.plusMonths(2).getMonth()
                    .getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT));
        };
    }

    @Override
    public void close() throws Exception {
        if (server != null) {
            server.close();
        }
        if (asterisk != null) {
            asterisk.close();
        }
        if (robots != null) {
            robots.close();
        }
        if (tddPhones != null) {
            tddPhones.close();
        }
        if (log != null) {
            log.close();
        }
    }
}
