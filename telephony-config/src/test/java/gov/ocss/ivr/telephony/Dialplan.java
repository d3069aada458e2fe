package gov.ocss.ivr.telephony;

import gov.ocss.ivr.telephony.ConfigFile.ConfigError;
import gov.ocss.ivr.telephony.ConfigFile.Section;
import gov.ocss.ivr.telephony.ConfigFile.Variable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * extensions.conf as pbx_config loads it: {@code [general]} and {@code [globals]}, then contexts of
 * {@code exten => extension,priority,Application(arguments)} lines, {@code same => } lines that go on
 * with the extension above, {@code n} for the next priority, {@code n(label)} for a named one, and
 * {@code include => context}. What Asterisk would refuse or warn about is an error here: a
 * priority used twice in an extension, a label used twice, {@code n} or {@code same} with nothing
 * before it, an application without its closing parenthesis, anything else in a context.
 */
final class Dialplan {

    /** One step: Application(arguments) at a priority, maybe with a label. */
    record Step(String context, String extension, int priority, String label, String application, String arguments,
                String where) {
    }

    record Context(String name, Map<String, Map<Integer, Step>> extensions, List<String> includes, String where) {
        Optional<Step> step(String extension, int priority) {
            return Optional.ofNullable(extensions.getOrDefault(extension, Map.of()).get(priority));
        }

        Optional<Integer> label(String extension, String label) {
            return extensions.getOrDefault(extension, Map.of()).values().stream()
                    .filter(step -> label.equals(step.label())).map(Step::priority).findFirst();
        }
    }

    private final Map<String, String> globals;
    private final Map<String, Context> contexts;

    private Dialplan(Map<String, String> globals, Map<String, Context> contexts) {
        this.globals = globals;
        this.contexts = contexts;
    }

    static Dialplan read(Path file) {
        return of(ConfigFile.read(file));
    }

    static Dialplan parse(String text) {
        return of(ConfigFile.parse("extensions.conf", text));
    }

    static Dialplan of(ConfigFile config) {
        Map<String, String> globals = new LinkedHashMap<>();
        Map<String, Context> contexts = new LinkedHashMap<>();
        for (Section section : config.sections()) {
            switch (section.name()) {
                case "general" -> {
                }
                case "globals" -> section.variables().forEach(v -> globals.put(v.name(), v.value()));
                default -> {
                    if (contexts.containsKey(section.name())) {
                        throw new ConfigError(section.where(), "context [" + section.name() + "] is defined twice");
                    }
                    contexts.put(section.name(), context(section));
                }
            }
        }
        for (Context context : contexts.values()) {
            for (String include : context.includes()) {
                if (!contexts.containsKey(include)) {
                    throw new ConfigError(context.where(), "[" + context.name() + "] includes " + include + ", which does not exist");
                }
            }
        }
        return new Dialplan(Map.copyOf(globals), contexts);
    }

    Map<String, String> globals() {
        return globals;
    }

    Map<String, Context> contexts() {
        return contexts;
    }

    Context context(String name) {
        Context context = contexts.get(name);
        if (context == null) {
            throw new IllegalArgumentException("no context [" + name + "]");
        }
        return context;
    }

    List<Step> steps() {
        List<Step> steps = new ArrayList<>();
        contexts.values().forEach(c -> c.extensions().values().forEach(e -> steps.addAll(e.values())));
        return steps;
    }

    /** Where a Goto, GotoIf branch or Gosub leads: [[context,]extension,]priority-or-label. */
    record Target(String context, String extension, String priority) {
        static Target parse(String text, String context, String extension) {
            String t = text.strip();
            // Gosub(context,extension,priority(arguments)): the arguments are not part of the place.
            int open = t.indexOf('(');
            if (open >= 0 && t.endsWith(")")) {
                t = t.substring(0, open);
            }
            String[] parts = t.split(",", -1);
            return switch (parts.length) {
                case 1 -> new Target(context, extension, parts[0].strip());
                case 2 -> new Target(context, parts[0].strip(), parts[1].strip());
                case 3 -> new Target(parts[0].strip(), parts[1].strip(), parts[2].strip());
                default -> throw new IllegalArgumentException("not a dialplan place: " + text);
            };
        }

        /** The arguments of a Gosub target, split at commas; empty without any. */
        static List<String> arguments(String text) {
            int open = text.indexOf('(');
            if (open < 0 || !text.strip().endsWith(")")) {
                return List.of();
            }
            String inside = text.substring(open + 1, text.strip().length() - 1);
            return inside.isEmpty() ? List.of() : List.of(inside.split(",", -1));
        }
    }

    /** The step a target names, with the extension written exactly as it is in its context. */
    Optional<Step> find(Target target) {
        Context context = contexts.get(target.context());
        if (context == null) {
            return Optional.empty();
        }
        Optional<Integer> priority = target.priority().matches("[0-9]+")
                ? Optional.of(Integer.parseInt(target.priority()))
                : context.label(target.extension(), target.priority());
        return priority.flatMap(p -> context.step(target.extension(), p));
    }

    /**
     * The extension a dialled number reaches in a context: an exact one first, then a pattern
     * ({@code _} followed by X, Z, N, [set], . and !), then the included contexts in order.
     */
    Optional<Step> entry(String contextName, String dialled) {
        Context context = context(contextName);
        if (context.extensions().containsKey(dialled)) {
            return context.step(dialled, 1);
        }
        for (String extension : context.extensions().keySet()) {
            if (extension.startsWith("_") && matches(extension.substring(1), dialled)) {
                return context.step(extension, 1);
            }
        }
        for (String include : context.includes()) {
            Optional<Step> found = entry(include, dialled);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    static boolean matches(String pattern, String dialled) {
        int d = 0;
        for (int p = 0; p < pattern.length(); p++) {
            char c = pattern.charAt(p);
            if (c == '.') {
                return d < dialled.length();
            }
            if (c == '!') {
                return true;
            }
            if (d >= dialled.length()) {
                return false;
            }
            char x = dialled.charAt(d++);
            switch (Character.toUpperCase(c)) {
                case 'X' -> {
                    if (x < '0' || x > '9') {
                        return false;
                    }
                }
                case 'Z' -> {
                    if (x < '1' || x > '9') {
                        return false;
                    }
                }
                case 'N' -> {
                    if (x < '2' || x > '9') {
                        return false;
                    }
                }
                case '[' -> {
                    int close = pattern.indexOf(']', p);
                    String set = pattern.substring(p + 1, close);
                    p = close;
                    boolean in = false;
                    for (int i = 0; i < set.length(); i++) {
                        if (i + 2 < set.length() && set.charAt(i + 1) == '-') {
                            in |= x >= set.charAt(i) && x <= set.charAt(i + 2);
                            i += 2;
                        } else {
                            in |= x == set.charAt(i);
                        }
                    }
                    if (!in) {
                        return false;
                    }
                }
                default -> {
                    if (x != c) {
                        return false;
                    }
                }
            }
        }
        return d == dialled.length();
    }

    private static Context context(Section section) {
        Map<String, Map<Integer, Step>> extensions = new LinkedHashMap<>();
        List<String> includes = new ArrayList<>();
        String extension = null;
        int lastPriority = 0;
        for (Variable line : section.variables()) {
            String name = line.name().toLowerCase();
            switch (name) {
                case "include" -> includes.add(line.value().split(",")[0].strip());
                case "exten", "same" -> {
                    String rest = line.value();
                    if (name.equals("exten")) {
                        int comma = rest.indexOf(',');
                        if (comma < 0) {
                            throw new ConfigError(line.where(), "exten without a priority: " + rest);
                        }
                        String next = rest.substring(0, comma).strip();
                        if (next.isEmpty()) {
                            throw new ConfigError(line.where(), "exten without an extension");
                        }
                        if (!next.equals(extension)) {
                            lastPriority = 0;
                        }
                        extension = next;
                        rest = rest.substring(comma + 1);
                    } else if (extension == null) {
                        throw new ConfigError(line.where(), "same => with no exten => before it in [" + section.name() + "]");
                    }
                    int comma = rest.indexOf(',');
                    if (comma < 0) {
                        throw new ConfigError(line.where(), "no application after the priority: " + rest);
                    }
                    String priorityText = rest.substring(0, comma).strip();
                    String label = null;
                    int open = priorityText.indexOf('(');
                    if (open >= 0) {
                        if (!priorityText.endsWith(")")) {
                            throw new ConfigError(line.where(), "label without its closing parenthesis: " + priorityText);
                        }
                        label = priorityText.substring(open + 1, priorityText.length() - 1);
                        priorityText = priorityText.substring(0, open);
                    }
                    int priority;
                    if (priorityText.equals("n")) {
                        if (lastPriority == 0) {
                            throw new ConfigError(line.where(), "priority n on the first line of extension " + extension);
                        }
                        priority = lastPriority + 1;
                    } else if (priorityText.matches("[1-9][0-9]*")) {
                        priority = Integer.parseInt(priorityText);
                    } else {
                        throw new ConfigError(line.where(), "not a priority: " + priorityText);
                    }
                    String[] application = application(rest.substring(comma + 1).strip(), line.where());
                    Map<Integer, Step> steps = extensions.computeIfAbsent(extension, e -> new TreeMap<>());
                    if (steps.containsKey(priority)) {
                        throw new ConfigError(line.where(), "priority " + priority + " of " + extension + "@" + section.name()
                                + " is already used at " + steps.get(priority).where());
                    }
                    if (label != null) {
                        for (Step other : steps.values()) {
                            if (label.equals(other.label())) {
                                throw new ConfigError(line.where(), "label " + label + " is already used at " + other.where());
                            }
                        }
                    }
                    steps.put(priority, new Step(section.name(), extension, priority, label, application[0], application[1], line.where()));
                    lastPriority = priority;
                }
                default -> throw new ConfigError(line.where(), "'" + line.name() + "' has no meaning in a context");
            }
        }
        return new Context(section.name(), extensions, List.copyOf(includes), section.where());
    }

    /** Application(arguments): the arguments run from the first ( to the last ), as pbx_config reads them. */
    private static String[] application(String text, String where) {
        int open = text.indexOf('(');
        if (open < 0) {
            if (!text.matches("[A-Za-z][A-Za-z0-9_]*")) {
                throw new ConfigError(where, "not an application: " + text);
            }
            return new String[] {text, ""};
        }
        int close = text.lastIndexOf(')');
        if (close < open) {
            throw new ConfigError(where, "no closing parenthesis in " + text);
        }
        if (close != text.length() - 1) {
            throw new ConfigError(where, "text after the closing parenthesis is lost: " + text.substring(close + 1));
        }
        String name = text.substring(0, open).strip();
        if (!name.matches("[A-Za-z][A-Za-z0-9_]*")) {
            throw new ConfigError(where, "not an application name: " + name);
        }
        return new String[] {name, text.substring(open + 1, close)};
    }
}
