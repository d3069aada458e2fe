package gov.ocss.ivr.simulator;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the dialplan can read on the channel: channel variables, the channel language
 * ({@code CHANNEL(language)}), caller id, and where the dialplan continues after AGI
 * (context, extension, priority). Variable names are case-sensitive, function names are not,
 * as in Asterisk.
 */
final class ChannelVariables {
    private final Map<String, String> variables = new LinkedHashMap<>();
    private final String channelName;
    private final String uniqueId;
    private final Consumer<String> notes;
    private String language;
    private String callerIdNumber;
    private String callerIdName;
    private String context;
    private String extension;
    private int priority;
    private boolean answered;
    private boolean hungUp;

    ChannelVariables(CallSetup setup, String channelName, String uniqueId, Consumer<String> notes) {
        this.channelName = channelName;
        this.uniqueId = uniqueId;
        this.notes = notes;
        this.language = setup.language();
        // An absent caller id reads as empty in the dialplan; only the AGI environment says "unknown".
        this.callerIdNumber = setup.knownCallerIdNumber().orElse("");
        this.callerIdName = setup.knownCallerIdName().orElse("");
        this.context = setup.context();
        this.extension = setup.extension();
        this.priority = setup.priority();
        variables.putAll(setup.variables());
    }

    /** GET VARIABLE: a function when the name ends in {@code )}, else a built-in or a channel variable. */
    Optional<String> read(String name) {
        if (name.endsWith(")")) {
            return readFunction(name);
        }
        return switch (name) {
            case "EXTEN" -> Optional.of(extension);
            case "CONTEXT" -> Optional.of(context);
            case "PRIORITY" -> Optional.of(Integer.toString(priority));
            case "CHANNEL" -> Optional.of(channelName);
            case "UNIQUEID" -> Optional.of(uniqueId);
            default -> Optional.ofNullable(variables.get(name));
        };
    }

    /** SET VARIABLE: writes a function ({@code CHANNEL(language)}) or sets a channel variable. */
    void write(String name, String value) {
        if (name.endsWith(")")) {
            writeFunction(name, value);
        } else {
            variables.put(name, value);
        }
    }

    /**
     * GET FULL VARIABLE: replaces each {@code ${...}} with its value, innermost first; unknown
     * names become empty, as in Asterisk.
     */
    String substitute(String expression) {
        StringBuilder out = new StringBuilder(expression.length());
        int i = 0;
        while (i < expression.length()) {
            int open = expression.indexOf("${", i);
            if (open < 0) {
                out.append(expression, i, expression.length());
                break;
            }
            out.append(expression, i, open);
            int close = matchingBrace(expression, open + 2);
            if (close < 0) {
                // Asterisk warns about the missing '}' and substitutes what is there.
                close = expression.length();
            }
            String inner = substitute(expression.substring(open + 2, close));
            if (inner.startsWith("$[") || inner.indexOf(':') >= 0 && !inner.endsWith(")")) {
                notes.accept("GET FULL VARIABLE: expressions and substrings are not simulated (${" + inner + "})");
            }
            out.append(read(inner).orElse(""));
            i = Math.min(close + 1, expression.length());
        }
        return out.toString();
    }

    String language() {
        return language;
    }

    String context() {
        return context;
    }

    String extension() {
        return extension;
    }

    int priority() {
        return priority;
    }

    void continueAt(String context, String extension, Integer priority) {
        if (context != null) {
            this.context = context;
        }
        if (extension != null) {
            this.extension = extension;
        }
        if (priority != null) {
            this.priority = priority;
        }
    }

    void answered() {
        this.answered = true;
    }

    void hungUp() {
        this.hungUp = true;
    }

    Map<String, String> snapshot() {
        return new LinkedHashMap<>(variables);
    }

    private Optional<String> readFunction(String call) {
        int paren = call.indexOf('(');
        if (paren < 0) {
            return unknownFunction(call);
        }
        String function = call.substring(0, paren).toUpperCase(Locale.ROOT);
        String argument = call.substring(paren + 1, call.length() - 1).trim().toLowerCase(Locale.ROOT);
        if (function.equals("CHANNEL")) {
            return switch (argument) {
                case "language" -> Optional.of(language);
                case "channeltype" -> Optional.of(AgiEnvironment.technology(channelName));
                case "name" -> Optional.of(channelName);
                case "uniqueid", "linkedid" -> Optional.of(uniqueId);
                case "context" -> Optional.of(context);
                case "exten" -> Optional.of(extension);
                case "priority" -> Optional.of(Integer.toString(priority));
                case "state" -> Optional.of(answered ? "Up" : "Ring");
                case "checkhangup" -> Optional.of(hungUp ? "yes" : "no");
                default -> unknownFunction(call);
            };
        }
        if (function.equals("CALLERID")) {
            return switch (argument) {
                case "num", "number" -> Optional.of(callerIdNumber);
                case "name" -> Optional.of(callerIdName);
                case "all" -> Optional.of("\"" + callerIdName + "\" <" + callerIdNumber + ">");
                default -> unknownFunction(call);
            };
        }
        return unknownFunction(call);
    }

    private void writeFunction(String call, String value) {
        int paren = call.indexOf('(');
        String function = paren < 0 ? call : call.substring(0, paren).toUpperCase(Locale.ROOT);
        String argument = paren < 0 ? "" : call.substring(paren + 1, call.length() - 1).trim().toLowerCase(Locale.ROOT);
        if (function.equals("CHANNEL") && argument.equals("language")) {
            language = value;
        } else if (function.equals("CALLERID") && (argument.equals("num") || argument.equals("number"))) {
            callerIdNumber = value;
        } else if (function.equals("CALLERID") && argument.equals("name")) {
            callerIdName = value;
        } else {
            notes.accept("writing " + call + " is not simulated; Asterisk would have run the function");
        }
    }

    private Optional<String> unknownFunction(String call) {
        notes.accept("reading " + call + " is not simulated; answered as a function that failed");
        return Optional.empty();
    }

    private static int matchingBrace(String s, int from) {
        int depth = 1;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
