package gov.ocss.ivr.phone;

import gov.ocss.ivr.caller.Line;
import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.simulator.CallSetup;
import java.util.Locale;
import java.util.Optional;

/**
 * The call a person asked for on the command line: which line, which server, and what the dialplan
 * would pass along (the language as {@code ?lang=}, the TTY's text profile as the first argument).
 *
 * @param line     the help line (voice) or the TTY line (text)
 * @param host     where the phone server listens
 * @param port     its FastAGI port
 * @param language the language the dialplan passes, if any; otherwise the caller chooses on the call
 * @param profile  the TTY's text profile ({@code utf8} for real-time text), if any
 * @param verbose  also show the sound files behind each line
 * @param from     the caller id number the call comes from, if any; otherwise it is withheld
 */
public record PhoneCall(Line line, String host, int port, Optional<Language> language, Optional<String> profile, boolean verbose,
                        Optional<String> from) {

    static final String USAGE = """
            usage: ./phoneline call helpline|tty [--host HOST] [--port PORT] [--lang en|bn|sq] [--profile baudot|utf8] [--from NUMBER] [--verbose]
              helpline       the voice line: type keys (0-9, * and #) and press Enter, e.g. 12345#
              tty            the TTY line: type your answer and press Enter
              --host HOST    the phone server (default 127.0.0.1)
              --port PORT    its FastAGI port (default 4573)
              --lang CODE    the language the dialplan passes as ?lang= (en, bn or sq); without it you choose on the call
              --profile P    TTY line only: baudot (a TDD's capitals, the default) or utf8 (real-time text)
              --from NUMBER  the caller id number the call comes from (default: withheld); the line
                             stops checking PINs from a number after 10 wrong ones in an hour
              --verbose      also show the sound files played on the help line
            On the call, Enter alone waits without answering, and h (or Ctrl-D) hangs up.""";

    /** Reads {@code helpline --lang bn --verbose} and the like. */
    public static PhoneCall parse(String... args) {
        if (args.length == 0) {
            throw new IllegalArgumentException("which line? helpline or tty");
        }
        Line line = Line.forScript(args[0])
                .orElseThrow(() -> new IllegalArgumentException("no line called '" + args[0] + "': call helpline or tty"));
        String host = "127.0.0.1";
        int port = 4573;
        Optional<Language> language = Optional.empty();
        Optional<String> profile = Optional.empty();
        boolean verbose = false;
        Optional<String> from = Optional.empty();
        for (int i = 1; i < args.length; i++) {
            String option = args[i];
            switch (option) {
                case "--verbose", "-v" -> verbose = true;
                case "--host" -> host = value(args, ++i, option);
                case "--port" -> port = port(value(args, ++i, option));
                case "--lang" -> language = Optional.of(language(value(args, ++i, option)));
                case "--profile" -> profile = Optional.of(profile(value(args, ++i, option), line));
                case "--from" -> from = Optional.of(callerId(value(args, ++i, option)));
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        return new PhoneCall(line, host, port, language, profile, verbose, from);
    }

    /** What Asterisk would send for this call: the script, its query string and the dialplan's arguments. */
    CallSetup setup() {
        CallSetup.Builder setup = CallSetup.forScript(line.scriptName());
        // A dialplan that knows the caller's language also sets the channel's, so sounds come from that folder.
        language.ifPresent(chosen -> setup.query("lang=" + chosen.code()).language(chosen.code()));
        profile.ifPresent(setup::args);
        from.ifPresent(setup::callerIdNumber);
        return setup.build();
    }

    String server() {
        return host + ":" + port;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static String callerId(String value) {
        if (!value.matches("\\+?[0-9]{3,20}")) {
            throw new IllegalArgumentException("--from takes a phone number of 3 to 20 digits, e.g. 7185550123");
        }
        return value;
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // said below
        }
        throw new IllegalArgumentException("--port takes a port number from 1 to 65535, not '" + value + "'");
    }

    private static Language language(String value) {
        return Language.fromCode(value)
                .orElseThrow(() -> new IllegalArgumentException("--lang takes en, bn or sq, not '" + value + "'"));
    }

    private static String profile(String value, Line line) {
        if (!line.isText()) {
            throw new IllegalArgumentException("--profile is for the tty line");
        }
        String profile = value.toLowerCase(Locale.ROOT);
        if (!profile.equals("baudot") && !profile.equals("utf8")) {
            throw new IllegalArgumentException("--profile takes baudot or utf8, not '" + value + "'");
        }
        return profile;
    }
}
