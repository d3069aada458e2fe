package gov.ocss.ivr.telephony.real;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The real Asterisk the suite runs: {@code ASTERISK=/path/to/asterisk}, else the one
 * {@code ../shared/asterisk/build} makes (once per machine; it prints the binary), else an
 * {@code asterisk} on the PATH. Its modules are in {@code ASTERISK_MODULES} when given, else beside it
 * ({@code <prefix>/lib/asterisk/modules} for {@code <prefix>/sbin/asterisk}), else where Debian and
 * Asterisk's own packages put them.
 */
record AsteriskBinary(Path binary, Path modules, Optional<Path> documentation) {
    static final String HOW_TO_RUN = "the real-Asterisk suite skipped: no Asterisk here. Give one with "
            + "ASTERISK=/path/to/asterisk (and ASTERISK_MODULES=/its/modules/dir if not beside it), or have "
            + "../shared/asterisk/build beside the project, then: mvn -B verify -pl telephony-config -am -Dgroups=asterisk";

    private static final Path SHARED_BUILD = Path.of("..", "..", "shared", "asterisk", "build");

    static Optional<AsteriskBinary> find() {
        return fromEnvironment().or(AsteriskBinary::fromSharedBuild).or(AsteriskBinary::fromPath).map(AsteriskBinary::of);
    }

    private static Optional<Path> fromEnvironment() {
        String given = System.getenv("ASTERISK");
        return given == null || given.isBlank() ? Optional.empty() : Optional.of(Path.of(given));
    }

    /** Runs the shared build script, which does nothing but print the path when it has built already. */
    private static Optional<Path> fromSharedBuild() {
        Path script = SHARED_BUILD.toAbsolutePath().normalize();
        if (!Files.isExecutable(script)) {
            return Optional.empty();
        }
        try {
            Path output = Files.createTempFile("asterisk-build", ".log");
            Process build = new ProcessBuilder(script.toString()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (!build.waitFor(20, TimeUnit.MINUTES) || build.exitValue() != 0) {
                build.destroyForcibly();
                throw new IllegalStateException(script + " failed: " + Files.readString(output, StandardCharsets.UTF_8));
            }
            List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
            Files.delete(output);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Path.of(lines.get(lines.size() - 1).trim()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Optional<Path> fromPath() {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(":")) {
            for (String name : List.of("asterisk")) {
                Path candidate = Path.of(folder, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        for (Path usual : List.of(Path.of("/usr/sbin/asterisk"), Path.of("/usr/local/sbin/asterisk"))) {
            if (Files.isExecutable(usual)) {
                return Optional.of(usual);
            }
        }
        return Optional.empty();
    }

    private static AsteriskBinary of(Path binary) {
        Path prefix = binary.toAbsolutePath().getParent().getParent();
        String given = System.getenv("ASTERISK_MODULES");
        Path modules = given != null && !given.isBlank() ? Path.of(given)
                : List.of(prefix.resolve("lib/asterisk/modules"), prefix.resolve("lib64/asterisk/modules"),
                                Path.of("/usr/lib/asterisk/modules"), Path.of("/usr/lib/x86_64-linux-gnu/asterisk/modules"))
                        .stream().filter(Files::isDirectory).findFirst()
                        .orElseThrow(() -> new IllegalStateException("no Asterisk modules found for " + binary
                                + ": set ASTERISK_MODULES"));
        Path documentation = prefix.resolve("var/lib/asterisk/documentation");
        return new AsteriskBinary(binary, modules,
                Files.isDirectory(documentation) ? Optional.of(documentation) : Optional.empty());
    }
}
