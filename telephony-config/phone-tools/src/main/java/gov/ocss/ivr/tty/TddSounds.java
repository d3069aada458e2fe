package gov.ocss.ivr.tty;

import gov.ocss.ivr.call.CallScript;
import gov.ocss.ivr.presenter.TextProfile;
import gov.ocss.ivr.prompts.CatalogRenderer;
import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.prompts.Prompt;
import gov.ocss.ivr.prompts.audio.MonoAudio;
import gov.ocss.ivr.prompts.audio.WavFile;
import gov.ocss.ivr.prompts.catalog.PromptCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What the TTY line says without the server, as Baudot tones: a TDD on a call that carries only audio
 * (any SIP call) never sees the dialplan's SendText, so the dialplan plays these files instead. They
 * are the failover sentences of the catalog (the server's apology, {@value CallScript#SYSTEM_UNAVAILABLE},
 * and every sentence only the dialplan says, {@code dialplan.*}) in each language as a TDD shows them,
 * and the TDD's sign-off, SK. Each file is one transmission of {@link BaudotTransmitter#tdd()}: a mark
 * lead-in, the shifts as a TDD expects them, the text and a carriage return and line feed, so that the
 * next sentence starts on a line of its own. 8 kHz 16-bit mono PCM WAV, like the audio compiler's
 * sounds, in the same layout: {@code <out>/<language>/ocss/tdd/<key with - for .>.wav}.
 *
 * <p>Made here rather than by the audio compiler because the modem is the server's and the compiler
 * (module prompts) comes before it; {@code ./phoneline sounds} runs the compiler, then this, into the
 * same folder. This owns {@code <language>/ocss/tdd/} and nothing else: the compiler never writes
 * there, and what is there that this no longer makes is removed, so {@code install-sounds} removes it
 * from Asterisk too.
 */
public final class TddSounds {
    /** Their folder in each language's, as the dialplan plays them: {@code en/ocss/tdd/call-system_unavailable}. */
    public static final String FOLDER = "ocss/tdd";
    /** The catalog keys of sentences only the dialplan says. */
    private static final String SAID_BY_THE_DIALPLAN = "dialplan.";
    /** A TDD's "stop keying": the other side is hanging up. The same in every language, so only English's is made. */
    private static final String SIGN_OFF = "SK";
    private static final String LINE_END = "\r\n";
    private static final Path DEFAULT_OUT = Path.of("build", "sounds");

    /** One file: its language folder, its name there (as the dialplan plays it) and the text it carries. */
    public record TddSound(Language language, String name, String text) {
        /** {@code en/ocss/tdd/call-system_unavailable}, the name a dialplan's Playback gives. */
        public String played() {
            return language.code() + "/" + name;
        }

        public Path fileIn(Path out) {
            return out.resolve(language.code()).resolve(name + ".wav");
        }
    }

    /** How a run went: files written, files already as they should be, files removed. */
    public record Report(int written, int unchanged, int removed) {
    }

    private TddSounds() {
    }

    /** {@code [--out DIR]} (default {@code build/sounds}, where {@code ./phoneline sounds} compiles). */
    public static void main(String... args) {
        Path out = DEFAULT_OUT;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--out") && i + 1 < args.length) {
                out = Path.of(args[++i]);
            } else {
                System.out.println("usage: TddSounds [--out DIR]   the TTY line's failover sentences as Baudot tones, "
                        + "into DIR/<language>/" + FOLDER + "/ (default: " + DEFAULT_OUT + ")");
                System.exit(args[i].equals("--help") || args[i].equals("-h") ? 0 : 2);
            }
        }
        try {
            Report report = render(out);
            System.out.printf(Locale.ROOT, "TDD sounds (Baudot tones) in %s: %d written, %d unchanged, %d removed%n",
                    out, report.written(), report.unchanged(), report.removed());
        } catch (IOException failed) {
            System.out.println("Could not write the TDD sounds into " + out + ": " + failed.getMessage());
            System.exit(1);
        }
    }

    /** Every file: the failover sentences in each language, then the sign-off. */
    public static List<TddSound> standard() {
        PromptCatalog catalog = PromptCatalog.standard();
        CatalogRenderer renderer = new CatalogRenderer(catalog, Clock.systemUTC());
        List<String> keys = new ArrayList<>();
        keys.add(CallScript.SYSTEM_UNAVAILABLE);
        catalog.keys(Language.ENGLISH).stream().filter(key -> key.startsWith(SAID_BY_THE_DIALPLAN)).sorted().forEach(keys::add);
        List<TddSound> sounds = new ArrayList<>();
        for (Language language : Language.values()) {
            for (String key : keys) {
                String text = TextProfile.TONES.render(renderer.text(Prompt.of(key), language));
                sounds.add(new TddSound(language, FOLDER + "/" + key.replace('.', '-'), text));
            }
        }
        sounds.add(new TddSound(Language.ENGLISH, FOLDER + "/sk", SIGN_OFF));
        return sounds;
    }

    /** Writes {@link #standard()} into {@code out}, leaving files that are already right as they are. */
    public static Report render(Path out) throws IOException {
        return render(standard(), out);
    }

    static Report render(List<TddSound> sounds, Path out) throws IOException {
        int written = 0;
        int unchanged = 0;
        Set<Path> made = new HashSet<>();
        for (TddSound sound : sounds) {
            Path file = sound.fileIn(out);
            byte[] wav = WavFile.encode(MonoAudio.fromPcm16(tones(sound.text()), BaudotTransmitter.SAMPLE_RATE));
            made.add(file.toAbsolutePath().normalize());
            if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), wav)) {
                unchanged++;
            } else {
                writeAtomically(file, wav);
                written++;
            }
        }
        int removed = 0;
        for (Language language : Language.values()) {
            Path folder = out.resolve(language.code()).resolve(FOLDER);
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".wav")).toList()) {
                    if (!made.contains(file.toAbsolutePath().normalize())) {
                        Files.delete(file);
                        removed++;
                    }
                }
            }
        }
        return new Report(written, unchanged, removed);
    }

    /** The samples of one file: what a TDD sends for the text and its line end. */
    static short[] tones(String text) {
        return BaudotTransmitter.tdd().transmit(text + LINE_END);
    }

    /** Asterisk may be playing the old file: it gets the old one or the new one, never half (as the audio compiler writes). */
    private static void writeAtomically(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
        try {
            Files.write(temporary, bytes);
            if (temporary.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                // Asterisk runs as its own user.
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r--r--"));
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
