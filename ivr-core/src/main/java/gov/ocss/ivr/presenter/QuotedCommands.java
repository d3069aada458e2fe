package gov.ocss.ivr.presenter;

import org.asteriskjava.fastagi.command.ExecCommand;
import org.asteriskjava.fastagi.command.GetDataCommand;
import org.asteriskjava.fastagi.command.GetOptionCommand;
import org.asteriskjava.fastagi.command.StreamFileCommand;

/**
 * The commands a voice call sends most (Background, GET OPTION, GET DATA, STREAM FILE), written as
 * Asterisk-Java writes them, but quoting each argument in one pass. Asterisk-Java's own quoting runs
 * three regular expressions on every argument, each compiled afresh: 5% of a warm server's Java time
 * in a profile (issue 19, BENCHMARKS.md). {@code QuotedCommandsTest} holds each command to the very
 * text Asterisk-Java's own class writes.
 */
final class QuotedCommands {
    private QuotedCommands() {
    }

    /**
     * As Asterisk-Java quotes: a backslash doubled, a double quote escaped, a line feed dropped (it
     * would end the command), the whole in double quotes; nothing given is {@code ""}.
     */
    static String quote(String argument) {
        if (argument == null) {
            return "\"\"";
        }
        StringBuilder quoted = new StringBuilder(argument.length() + 2).append('"');
        for (int i = 0; i < argument.length(); i++) {
            char c = argument.charAt(i);
            switch (c) {
                case '\\' -> quoted.append("\\\\");
                case '"' -> quoted.append("\\\"");
                case '\n' -> {
                }
                default -> quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }

    static final class Exec extends ExecCommand {
        private static final long serialVersionUID = 1L;

        Exec(String application, String options) {
            super(application, options);
        }

        @Override
        protected String escapeAndQuote(String argument) {
            return quote(argument);
        }
    }

    static final class GetOption extends GetOptionCommand {
        private static final long serialVersionUID = 1L;

        GetOption(String file, String escapeDigits, long timeout) {
            super(file, escapeDigits, timeout);
        }

        @Override
        protected String escapeAndQuote(String argument) {
            return quote(argument);
        }
    }

    static final class GetData extends GetDataCommand {
        private static final long serialVersionUID = 1L;

        GetData(String file, long timeout, int maxDigits) {
            super(file, timeout, maxDigits);
        }

        @Override
        protected String escapeAndQuote(String argument) {
            return quote(argument);
        }
    }

    static final class StreamFile extends StreamFileCommand {
        private static final long serialVersionUID = 1L;

        StreamFile(String file, String escapeDigits) {
            super(file, escapeDigits);
        }

        @Override
        protected String escapeAndQuote(String argument) {
            return quote(argument);
        }
    }
}
