package gov.ocss.ivr.agi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * What a fuzz test sends a FastAGI server: environment blocks and replies recorded from a real
 * Asterisk (test resources {@code asterisk-agi/}), and mutations of them. Every choice comes from the
 * {@link Random} passed in, so a seed reproduces a run.
 */
final class AgiFuzzInput {
    private static final String[] RECORDINGS = {"voice-session.txt", "text-session-ivr-side.txt", "text-session-caller-side.txt"};
    /** Byte sequences a UTF-8 decoder must refuse: a lone continuation, overlong, surrogate, 0xFF, a cut sequence. */
    private static final byte[][] NOT_UTF8 = {
            {(byte) 0x80}, {(byte) 0xc0, (byte) 0xaf}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, {(byte) 0xff},
            {(byte) 0xc3, 0x28}, {(byte) 0xe2, (byte) 0x82}};
    /** Text a hostile caller side would try: format and dialplan syntax, SQL, control characters, Bengali. */
    static final String[] HOSTILE = {
            "%s%n%d{}{}", "${SHELL(rm -rf /)}", "'; DROP TABLE ivr.call_audit; --", "\u0000", "\r", "\u001b[2J",
            "\"quoted\" \\back", "$[1+1]", "&lang=sq", "?x=%zz", "\u09AC\u09BE\u0982\u09B2\u09BE", "\u0661\u0662\u0663",
            "\u202e", "\ufeff", "\t"};

    private final List<List<String>> environments = new ArrayList<>();
    private final List<List<String>> replies = new ArrayList<>();

    private AgiFuzzInput() {
    }

    static AgiFuzzInput recorded() {
        AgiFuzzInput input = new AgiFuzzInput();
        for (String name : RECORDINGS) {
            input.load(text(name));
        }
        return input;
    }

    List<List<String>> replies() {
        return replies;
    }

    /** A recorded environment block, blank line included, as Asterisk sent it. */
    byte[] environment(Random random) {
        return join(environments.get(random.nextInt(environments.size())), true);
    }

    /** A recorded environment block, mutated once or a few times. */
    byte[] mutatedEnvironment(Random random) {
        List<String> lines = new ArrayList<>(environments.get(random.nextInt(environments.size())));
        int lineMutations = random.nextInt(3);
        for (int i = 0; i < lineMutations; i++) {
            mutateLines(lines, random);
        }
        byte[] bytes = join(lines, random.nextInt(10) > 0);
        int byteMutations = random.nextInt(3);
        for (int i = 0; i < byteMutations; i++) {
            bytes = mutateBytes(bytes, random);
        }
        return bytes;
    }

    /** Some recorded replies one after another, each possibly mutated. */
    byte[] mutatedReplies(Random random, int count) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < count; i++) {
            List<String> reply = new ArrayList<>(replies.get(random.nextInt(replies.size())));
            if (random.nextInt(3) == 0) {
                mutateLines(reply, random);
            }
            byte[] bytes = join(reply, false);
            if (random.nextInt(3) == 0) {
                bytes = mutateBytes(bytes, random);
            }
            out.writeBytes(bytes);
        }
        return out.toByteArray();
    }

    private void mutateLines(List<String> lines, Random random) {
        if (lines.isEmpty()) {
            lines.add(randomText(random, 20));
            return;
        }
        int at = random.nextInt(lines.size());
        switch (random.nextInt(9)) {
            case 0 -> lines.add(at, lines.get(at));                                          // a duplicate line
            case 1 -> lines.remove(at);                                                      // a missing line
            case 2 -> lines.set(at, lines.get(at) + "x".repeat(100 + random.nextInt(3000))); // a huge value
            case 3 -> lines.set(at, lines.get(at) + HOSTILE[random.nextInt(HOSTILE.length)]);
            case 4 -> lines.add(at, randomText(random, 60));
            case 5 -> lines.set(at, lines.get(at).substring(0, random.nextInt(lines.get(at).length() + 1)));
            case 6 -> {                                                                      // many lines
                int copies = 10 + random.nextInt(300);
                for (int i = 0; i < copies; i++) {
                    lines.add(at, lines.get(at));
                }
            }
            case 7 -> lines.set(at, lines.get(at).replace(": ", ":"));
            default -> lines.set(at, "HANGUP");
        }
    }

    static byte[] mutateBytes(byte[] bytes, Random random) {
        if (bytes.length == 0) {
            return new byte[] {(byte) random.nextInt(256)};
        }
        int at = random.nextInt(bytes.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (random.nextInt(7)) {
            case 0 -> {                                                                      // flip a bit
                byte[] copy = bytes.clone();
                copy[at] ^= (byte) (1 << random.nextInt(8));
                return copy;
            }
            case 1 -> {                                                                      // truncate
                out.write(bytes, 0, at);
            }
            case 2 -> {                                                                      // bytes that are not UTF-8
                out.write(bytes, 0, at);
                out.writeBytes(NOT_UTF8[random.nextInt(NOT_UTF8.length)]);
                out.write(bytes, at, bytes.length - at);
            }
            case 3 -> {                                                                      // an embedded NUL, CR or LF
                out.write(bytes, 0, at);
                out.write(new byte[] {0, '\r', '\n'}[random.nextInt(3)]);
                out.write(bytes, at, bytes.length - at);
            }
            case 4 -> {                                                                      // random bytes
                out.write(bytes, 0, at);
                byte[] noise = new byte[1 + random.nextInt(40)];
                random.nextBytes(noise);
                out.writeBytes(noise);
                out.write(bytes, at, bytes.length - at);
            }
            case 5 -> {                                                                      // a chunk repeated
                int length = Math.min(bytes.length - at, 1 + random.nextInt(200));
                out.write(bytes, 0, at + length);
                out.write(bytes, at, bytes.length - at);
            }
            default -> {                                                                     // a chunk dropped
                int length = Math.min(bytes.length - at, 1 + random.nextInt(50));
                out.write(bytes, 0, at);
                out.write(bytes, at + length, bytes.length - at - length);
            }
        }
        return out.toByteArray();
    }

    /** Nothing like AGI at all. */
    static byte[] noise(Random random, int maxBytes) {
        byte[] noise = new byte[random.nextInt(maxBytes + 1)];
        random.nextBytes(noise);
        return noise;
    }

    private static String randomText(Random random, int maxLength) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(maxLength + 1);
        for (int i = 0; i < length; i++) {
            text.append(random.nextInt(4) == 0 ? HOSTILE[random.nextInt(HOSTILE.length)] : (char) (0x20 + random.nextInt(0x5f)));
        }
        return text.toString();
    }

    private static byte[] join(List<String> lines, boolean blankLineAfter) {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(line).append('\n');
        }
        if (blankLineAfter) {
            text.append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void load(String text) {
        List<String> environment = new ArrayList<>();
        List<String> reply = null;
        boolean inEnvironment = false;
        for (String line : text.split("\n")) {
            if (line.startsWith("--- environment")) {
                inEnvironment = true;
            } else if (line.startsWith("--- commands")) {
                inEnvironment = false;
            } else if (inEnvironment && !line.isEmpty()) {
                environment.add(line);
            } else if (line.startsWith(">>> ")) {
                reply = new ArrayList<>();
                replies.add(reply);
            } else if (line.startsWith("<<< ") && reply != null) {
                reply.add(line.substring(4));
            }
        }
        environments.add(environment);
    }

    private static String text(String name) {
        try (InputStream in = AgiFuzzInput.class.getResourceAsStream("/asterisk-agi/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no recording " + name + " in the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
