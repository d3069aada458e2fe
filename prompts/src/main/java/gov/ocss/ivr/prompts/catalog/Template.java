package gov.ocss.ivr.prompts.catalog;

import gov.ocss.ivr.prompts.Language;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One sentence of the catalog, parsed: fixed words, typed placeholders {@code {amount:money}},
 * and, for the language menu only, sentences of another language {@code {@bn:language.option}}.
 * The word order is each language's own; a placeholder may sit anywhere.
 */
public record Template(List<Part> parts) {

    public sealed interface Part {
    }

    /** Fixed words, spoken from one recorded sound file. */
    public record Literal(String text) implements Part {
    }

    public record Placeholder(String name, PlaceholderType type) implements Part {
    }

    /** Another catalog sentence, said in another language whatever the caller's language. */
    public record Include(Language language, String key) implements Part {
    }

    private static final Pattern BRACES = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern PLACEHOLDER = Pattern.compile("([a-z][a-z_]*):([a-z_]+)");
    private static final Pattern INCLUDE = Pattern.compile("@([a-z]{2}):([a-z][a-z0-9_.]*)");

    public Template {
        parts = List.copyOf(parts);
    }

    /** Parses catalog text; a malformed placeholder is refused, naming it. */
    public static Template parse(String source) {
        List<Part> parts = new ArrayList<>();
        Matcher braces = BRACES.matcher(source);
        int end = 0;
        while (braces.find()) {
            addLiteral(parts, source.substring(end, braces.start()));
            parts.add(partOf(braces.group(1)));
            end = braces.end();
        }
        addLiteral(parts, source.substring(end));
        return new Template(parts);
    }

    private static void addLiteral(List<Part> parts, String text) {
        if (text.indexOf('{') >= 0 || text.indexOf('}') >= 0) {
            throw new IllegalArgumentException("unbalanced brace in '" + text + "'");
        }
        if (!text.isEmpty()) {
            parts.add(new Literal(text));
        }
    }

    private static Part partOf(String inside) {
        Matcher include = INCLUDE.matcher(inside);
        if (include.matches()) {
            Language language = Language.fromCode(include.group(1))
                    .orElseThrow(() -> new IllegalArgumentException("no language '" + include.group(1) + "'"));
            return new Include(language, include.group(2));
        }
        Matcher placeholder = PLACEHOLDER.matcher(inside);
        if (!placeholder.matches()) {
            throw new IllegalArgumentException("not a placeholder: {" + inside + "}; write {name:type}");
        }
        PlaceholderType type = PlaceholderType.fromCode(placeholder.group(2))
                .orElseThrow(() -> new IllegalArgumentException("unknown placeholder type in {" + inside + "}"));
        return new Placeholder(placeholder.group(1), type);
    }

    /** The placeholders by name: what a prompt must supply, the same in every language. */
    public Map<String, PlaceholderType> placeholders() {
        Map<String, PlaceholderType> byName = new LinkedHashMap<>();
        for (Part part : parts) {
            if (part instanceof Placeholder placeholder) {
                byName.put(placeholder.name(), placeholder.type());
            }
        }
        return byName;
    }

    public List<Include> includes() {
        return parts.stream().filter(Include.class::isInstance).map(Include.class::cast).toList();
    }
}
