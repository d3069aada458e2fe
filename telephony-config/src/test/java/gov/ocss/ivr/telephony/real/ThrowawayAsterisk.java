package gov.ocss.ivr.telephony.real;

import gov.ocss.ivr.prompts.audio.MonoAudio;
import gov.ocss.ivr.prompts.audio.WavFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * A real Asterisk of the suite's own: its own {@code asterisk.conf} pointing every folder at a
 * temporary one (configuration, sounds, logs, spool, database, control socket), with the line's
 * {@code modules.conf}, {@code extensions.conf} and {@code queues.conf} copied exactly as shipped.
 * The other files a real installation has from Asterisk's samples (logger, indications, music on
 * hold...) are written here, as small as they can be, so Asterisk's log holds only what concerns ours.
 */
final class ThrowawayAsterisk implements AutoCloseable {
    /** The shipped files the suite judges, copied byte for byte. */
    static final List<String> SHIPPED = List.of("modules.conf", "extensions.conf", "queues.conf");

    private final AsteriskBinary asterisk;
    private final Path home;
    private final Path config;
    private Process process;

    private ThrowawayAsterisk(AsteriskBinary asterisk, Path home) {
        this.asterisk = asterisk;
        this.home = home;
        this.config = home.resolve("etc/asterisk.conf");
    }

    static ThrowawayAsterisk create(AsteriskBinary asterisk, Path home, Path shippedFolder) throws IOException {
        ThrowawayAsterisk instance = new ThrowawayAsterisk(asterisk, home);
        instance.writeConfiguration(shippedFolder);
        return instance;
    }

    Path sounds() {
        return home.resolve("data/sounds");
    }

    Path fullLog() {
        return home.resolve("log/full");
    }

    Path cdrCsv() {
        return home.resolve("log/cdr-csv/Master.csv");
    }

    private void writeConfiguration(Path shippedFolder) throws IOException {
        for (String folder : List.of("etc", "data/sounds", "data/moh", "log/cdr-csv", "run", "spool", "db", "agi-bin")) {
            Files.createDirectories(home.resolve(folder));
        }
        Path data = home.resolve("data");
        if (asterisk.documentation().isPresent() && !Files.exists(data.resolve("documentation"))) {
            Files.createSymbolicLink(data.resolve("documentation"), asterisk.documentation().get());
        }
        for (String name : SHIPPED) {
            Files.copy(shippedFolder.resolve(name), home.resolve("etc").resolve(name));
        }
        write("asterisk.conf", """
                [directories]
                astetcdir => %1$s/etc
                astmoddir => %2$s
                astvarlibdir => %1$s/data
                astdbdir => %1$s/db
                astkeydir => %1$s/data
                astdatadir => %1$s/data
                astagidir => %1$s/agi-bin
                astspooldir => %1$s/spool
                astrundir => %1$s/run
                astlogdir => %1$s/log
                astsbindir => %3$s
                [options]
                verbose = 3
                nocolor = yes
                """.formatted(home.toAbsolutePath(), asterisk.modules().toAbsolutePath(),
                asterisk.binary().toAbsolutePath().getParent()));
        // Milliseconds in the log: the suite times prompts and the benchmark times steps from it. The
        // robots hear the line through this log, so it must not drop lines when the machine is full:
        // past 1,000 queued messages (the default) Asterisk discards all but warnings, and in a burst of
        // 700 calls a robot then missed the sound it waited for. Nor may it fall behind: a robot that
        // reads of a wait for a key seconds late presses it after the wait is over. So the log holds
        // only what the robots read (a DTMF level would add a fifth to its lines, all unread).
        write("logger.conf", """
                [general]
                dateformat = %F %T.%3q
                logger_queue_limit = 100000
                [logfiles]
                full => notice,warning,error,verbose
                """);
        // Ringing for the TTY queue (Queue option r) needs the tones of a country.
        write("indications.conf", """
                [general]
                country = us
                [us]
                description = United States / North America
                ringcadence = 2000,4000
                dial = 350+440
                busy = 480+620/500,0/500
                ring = 440+480/2000,0/4000
                congestion = 480+620/250,0/250
                """);
        // The voice queue's music class: one second of silence is enough to prove the caller waits in it.
        write("musiconhold.conf", """
                [default]
                mode = files
                directory = %s
                """.formatted(home.resolve("data/moh").toAbsolutePath()));
        Files.write(home.resolve("data/moh/silence.wav"), WavFile.encode(MonoAudio.fromPcm16(new short[8000], 8000)));
        for (String empty : List.of("acl.conf", "cel.conf", "features.conf", "udptl.conf", "ccss.conf",
                "manager.conf", "queuerules.conf")) {
            write(empty, "");
        }
        write("cdr.conf", "[general]\nenable = yes\n[csv]\nusegmtime = yes\nloguniqueid = yes\nloguserfield = yes\n");
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(home.resolve("etc").resolve(name), text, StandardCharsets.UTF_8);
    }

    /** Starts Asterisk in the foreground of a child process and waits until it has fully booted. */
    void start() throws IOException, InterruptedException {
        process = new ProcessBuilder(asterisk.binary().toString(), "-C", config.toString(), "-f", "-n")
                .redirectErrorStream(true).redirectOutput(home.resolve("log/stdout").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(home.resolve("run/asterisk.ctl"))) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("Asterisk did not start; see " + home.resolve("log"));
            }
            Thread.sleep(50);
        }
        cli("core waitfullybooted");
    }

    /** One CLI command, as {@code asterisk -rx} runs it; its output. */
    String cli(String command) {
        try {
            Process remote = new ProcessBuilder(asterisk.binary().toString(), "-C", config.toString(), "-rx", command)
                    .redirectErrorStream(true).start();
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            remote.getInputStream().transferTo(output);
            if (!remote.waitFor(30, TimeUnit.SECONDS)) {
                remote.destroyForcibly();
                throw new IllegalStateException("asterisk -rx '" + command + "' did not answer");
            }
            return output.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Adds one step to a context of the suite's own, in the CLI's {@code exten,priority,App(data)} form. */
    void addStep(String context, String extension, int priority, String application) {
        String answer = cli("dialplan add extension " + extension + "," + priority + "," + application + " into " + context + " replace");
        if (!answer.contains("added into") && !answer.contains(" replace by ")) {
            throw new IllegalStateException("Asterisk refused a test step " + application + ": " + answer);
        }
    }

    /**
     * The Linux thread id of Asterisk's logger thread, the one that writes its log file, as {@code core
     * show threads} lists it ("logger_thread started at ..."); empty where it is not listed.
     */
    OptionalLong loggerThread() {
        for (String line : cli("core show threads").split("\n")) {
            String[] words = line.trim().split("\\s+");
            if (words.length >= 3 && words[2].equals("logger_thread") && words[1].matches("\\d+")) {
                return OptionalLong.of(Long.parseLong(words[1]));
            }
        }
        return OptionalLong.empty();
    }

    /** The Asterisk process id, for measuring its CPU time. */
    long pid() {
        return process.pid();
    }

    Map<String, String> versions() {
        return Map.of("asterisk", cli("core show version").trim());
    }

    @Override
    public void close() throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        cli("core stop now");
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    static List<String> warningsAndErrors(List<String> lines) {
        List<String> found = new ArrayList<>();
        for (String line : lines) {
            if (line.contains(" WARNING[") || line.contains(" ERROR[")) {
                found.add(line);
            }
        }
        return found;
    }
}
