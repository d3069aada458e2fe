package gov.ocss.ivr.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** One of the sessions recorded from a real Asterisk (test resources {@code asterisk-agi/}). */
record RecordedSession(List<String> environment, List<String> commands, List<List<String>> replies) {

    static byte[] bytes(String name) throws IOException {
        try (InputStream in = RecordedSession.class.getResourceAsStream("/asterisk-agi/" + name)) {
            if (in == null) {
                throw new IOException("no recording " + name + " in the test resources");
            }
            return in.readAllBytes();
        }
    }

    static RecordedSession load(String name) throws IOException {
        String text = new String(bytes(name), StandardCharsets.UTF_8);
        List<String> environment = new ArrayList<>();
        List<String> commands = new ArrayList<>();
        List<List<String>> replies = new ArrayList<>();
        boolean inEnvironment = false;
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("--- environment")) {
                inEnvironment = true;
            } else if (line.startsWith("--- commands")) {
                inEnvironment = false;
            } else if (inEnvironment) {
                environment.add(line);
            } else if (line.startsWith(">>> ")) {
                commands.add(line.substring(4));
                replies.add(new ArrayList<>());
            } else if (line.startsWith("<<< ")) {
                replies.get(replies.size() - 1).add(line.substring(4));
            }
        }
        return new RecordedSession(environment, commands, replies);
    }

    List<String> replyLines() {
        List<String> all = new ArrayList<>();
        replies.forEach(all::addAll);
        return all;
    }
}
