package gov.ocss.ivr.telephony;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An Asterisk configuration file read by the rules of Asterisk's own parser (main/config.c), which
 * every .conf file goes through before the module that owns it sees it:
 * <ul>
 *   <li>{@code ;} starts a comment to the end of the line, {@code \;} is a literal semicolon, and
 *       {@code ;--} ... {@code --;} is a comment that may span lines;</li>
 *   <li>{@code [name]} starts a section; {@code [name](!)} is a template, {@code [name](a,b)} copies
 *       the variables of the earlier sections a and b first, {@code [name](!,a)} is a template made
 *       from a; a name may repeat (pjsip.conf gives an endpoint and its aor one name);</li>
 *   <li>inside a section, {@code name = value} or {@code name => value}; anything else is an error,
 *       and so is a variable before the first section;</li>
 *   <li>{@code #include file} reads another file in place (relative to this one).</li>
 * </ul>
 * Errors are refused with the file and line, as Asterisk refuses to load such a file.
 */
final class ConfigFile {

    record Variable(String name, String value, boolean object, String where) {
    }

    record Section(String name, boolean template, List<String> templates, List<Variable> variables, String where) {
        /** The last value given to {@code name} (templates' first, then the section's own). */
        Optional<String> value(String name) {
            Optional<String> found = Optional.empty();
            for (Variable variable : variables) {
                if (variable.name().equalsIgnoreCase(name)) {
                    found = Optional.of(variable.value());
                }
            }
            return found;
        }

        List<String> values(String name) {
            return variables.stream().filter(v -> v.name().equalsIgnoreCase(name)).map(Variable::value).toList();
        }
    }

    static final class ConfigError extends RuntimeException {
        ConfigError(String where, String message) {
            super(where + ": " + message);
        }
    }

    private final Path file;
    private final List<Section> sections;

    private ConfigFile(Path file, List<Section> sections) {
        this.file = file;
        this.sections = List.copyOf(sections);
    }

    static ConfigFile read(Path file) {
        Parser parser = new Parser();
        parser.read(file, 0);
        return new ConfigFile(file, parser.sections);
    }

    static ConfigFile parse(String name, String text) {
        Parser parser = new Parser();
        parser.readLines(Path.of(name), text.lines().toList(), 0);
        return new ConfigFile(Path.of(name), parser.sections);
    }

    Path file() {
        return file;
    }

    List<Section> sections() {
        return sections;
    }

    /** The sections that are not templates. */
    List<Section> concrete() {
        return sections.stream().filter(s -> !s.template()).toList();
    }

    List<Section> named(String name) {
        return sections.stream().filter(s -> s.name().equals(name)).toList();
    }

    private static final class Parser {
        private final List<Section> sections = new ArrayList<>();
        private final Map<String, Section> byName = new LinkedHashMap<>();
        private Section current;
        private boolean inBlockComment;

        void read(Path file, int depth) {
            try {
                readLines(file, Files.readAllLines(file, StandardCharsets.UTF_8), depth);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void readLines(Path file, List<String> lines, int depth) {
            if (depth > 10) {
                throw new ConfigError(file.toString(), "#include nested too deep");
            }
            for (int i = 0; i < lines.size(); i++) {
                String where = file.getFileName() + ":" + (i + 1);
                String line = stripComments(lines.get(i)).strip();
                if (line.isEmpty()) {
                    continue;
                }
                if (line.startsWith("#")) {
                    directive(file, line, where, depth);
                } else if (line.startsWith("[")) {
                    section(line, where);
                } else {
                    variable(line, where);
                }
            }
            if (inBlockComment && depth == 0) {
                throw new ConfigError(file.getFileName().toString(), "a ;-- comment is never closed with --;");
            }
        }

        /** The line without its comments; {@code \;} becomes {@code ;}. */
        private String stripComments(String raw) {
            StringBuilder kept = new StringBuilder();
            int i = 0;
            while (i < raw.length()) {
                if (inBlockComment) {
                    int end = raw.indexOf("--;", i);
                    if (end < 0) {
                        return kept.toString();
                    }
                    inBlockComment = false;
                    i = end + 3;
                    continue;
                }
                char c = raw.charAt(i);
                if (c == '\\' && i + 1 < raw.length() && raw.charAt(i + 1) == ';') {
                    kept.append(';');
                    i += 2;
                } else if (c == ';') {
                    if (raw.startsWith(";--", i)) {
                        inBlockComment = true;
                        i += 3;
                    } else {
                        return kept.toString();
                    }
                } else {
                    kept.append(c);
                    i++;
                }
            }
            return kept.toString();
        }

        private void directive(Path file, String line, String where, int depth) {
            String[] parts = line.split("\\s+", 2);
            if (!parts[0].equals("#include") && !parts[0].equals("#tryinclude")) {
                throw new ConfigError(where, "unknown directive " + parts[0]);
            }
            if (parts.length < 2) {
                throw new ConfigError(where, parts[0] + " without a file");
            }
            Path included = file.resolveSibling(parts[1].replace("\"", "").replace("<", "").replace(">", "").strip());
            if (Files.exists(included)) {
                read(included, depth + 1);
            } else if (parts[0].equals("#include")) {
                throw new ConfigError(where, "#include of a missing file " + included);
            }
        }

        private void section(String line, String where) {
            int close = line.indexOf(']');
            if (close < 0) {
                throw new ConfigError(where, "no closing ] in " + line);
            }
            String name = line.substring(1, close);
            String rest = line.substring(close + 1).strip();
            boolean template = false;
            boolean append = false;
            List<String> templates = new ArrayList<>();
            if (!rest.isEmpty()) {
                if (!rest.startsWith("(") || !rest.endsWith(")")) {
                    throw new ConfigError(where, "after [" + name + "] only (options) may follow: " + rest);
                }
                for (String option : rest.substring(1, rest.length() - 1).split(",")) {
                    String o = option.strip();
                    if (o.equals("!")) {
                        template = true;
                    } else if (o.equals("+")) {
                        append = true;
                    } else if (!o.isEmpty()) {
                        templates.add(o);
                    }
                }
            }
            if (append) {
                Section existing = byName.get(name);
                if (existing == null) {
                    throw new ConfigError(where, "[" + name + "](+) appends to a section that does not exist");
                }
                current = existing;
                return;
            }
            List<Variable> variables = new ArrayList<>();
            for (String parent : templates) {
                Section base = byName.get(parent);
                if (base == null) {
                    throw new ConfigError(where, "[" + name + "] inherits from " + parent + ", which is not defined before it");
                }
                variables.addAll(base.variables());
            }
            current = new Section(name, template, List.copyOf(templates), variables, where);
            sections.add(current);
            byName.put(name, current);
        }

        private void variable(String line, String where) {
            if (current == null) {
                throw new ConfigError(where, "a variable before the first [section]: " + line);
            }
            int equals = line.indexOf('=');
            if (equals < 0) {
                throw new ConfigError(where, "no '=' in " + line);
            }
            boolean object = equals + 1 < line.length() && line.charAt(equals + 1) == '>';
            String name = line.substring(0, equals).strip();
            String value = line.substring(equals + (object ? 2 : 1)).strip();
            if (name.isEmpty()) {
                throw new ConfigError(where, "a value without a name: " + line);
            }
            current.variables().add(new Variable(name, value, object, where));
        }
    }
}
