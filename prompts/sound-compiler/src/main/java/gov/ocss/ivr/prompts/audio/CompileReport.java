package gov.ocss.ivr.prompts.audio;

import gov.ocss.ivr.prompts.Language;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What one compile did.
 *
 * @param rendered sounds made afresh (new, or their text, voice or override changed)
 * @param reused   sounds whose file was still good
 * @param removed  files deleted because their sound left the inventory
 * @param failures sounds that could not be made; a file from an earlier compile, if any, is left as it was
 * @param warnings things worth a look that do not stop the compile (e.g. an override no sound uses)
 */
public record CompileReport(List<SoundId> rendered, List<SoundId> reused, List<SoundId> removed,
        List<Failure> failures, List<String> warnings, Duration took) {

    public record Failure(SoundId id, String message) {
        @Override
        public String toString() {
            return id + ": " + message;
        }
    }

    public record Tally(int rendered, int reused, int removed, int failed) {
    }

    public CompileReport {
        rendered = List.copyOf(rendered);
        reused = List.copyOf(reused);
        removed = List.copyOf(removed);
        failures = List.copyOf(failures);
        warnings = List.copyOf(warnings);
    }

    public boolean succeeded() {
        return failures.isEmpty();
    }

    /** Counts per language, for every language that had anything happen. */
    public Map<Language, Tally> tallies() {
        Map<Language, Long> renderedBy = count(rendered, Function.identity());
        Map<Language, Long> reusedBy = count(reused, Function.identity());
        Map<Language, Long> removedBy = count(removed, Function.identity());
        Map<Language, Long> failedBy = count(failures, Failure::id);
        Map<Language, Tally> tallies = new TreeMap<>();
        for (Language language : Language.values()) {
            Tally tally = new Tally(get(renderedBy, language), get(reusedBy, language), get(removedBy, language),
                    get(failedBy, language));
            if (!tally.equals(new Tally(0, 0, 0, 0))) {
                tallies.put(language, tally);
            }
        }
        return tallies;
    }

    private static <T> Map<Language, Long> count(List<T> items, Function<T, SoundId> id) {
        return items.stream().collect(Collectors.groupingBy(item -> id.apply(item).language(), Collectors.counting()));
    }

    private static int get(Map<Language, Long> counts, Language language) {
        return counts.getOrDefault(language, 0L).intValue();
    }
}
