package gov.ocss.ivr.prompts.voice;

import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.prompts.CatalogRenderer;
import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.prompts.Prompt;
import gov.ocss.ivr.prompts.PromptArg;
import gov.ocss.ivr.prompts.catalog.PlaceholderType;
import gov.ocss.ivr.prompts.catalog.PromptCatalog;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The audio compiler renders the inventory; a sound the renderer names but the inventory lacks is silence. */
class SoundInventoryTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T15:00:00Z"), ZoneOffset.UTC);
    private static final String OFFICE = "Queens Child Support Office";
    private static final SoundInventory INVENTORY = SoundInventory.standard(List.of(OFFICE));
    private static final CatalogRenderer RENDERER = CatalogRenderer.standard(CLOCK);
    private static final PromptCatalog CATALOG = PromptCatalog.standard();

    @Test
    void everySoundOfEverySentenceWithManyValuesIsInTheInventory() {
        SplittableRandom random = new SplittableRandom(7);
        TreeSet<String> missing = new TreeSet<>();
        for (Language language : Language.values()) {
            for (String key : CATALOG.keys(language)) {
                for (int sample = 0; sample < 40; sample++) {
                    Prompt prompt = withValues(key, language, random);
                    for (String sound : RENDERER.sounds(prompt, language)) {
                        if (INVENTORY.textOf(sound).isEmpty()) {
                            missing.add(sound + " (" + key + ")");
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyDayOfThreeYearsEverySumUpToAMillionAndEveryMinuteCanBeSaid() {
        TreeSet<String> missing = new TreeSet<>();
        SplittableRandom random = new SplittableRandom(11);
        for (Language language : Language.values()) {
            for (LocalDate day = LocalDate.of(2025, 1, 1); day.getYear() < 2028; day = day.plusDays(1)) {
                check(language, Prompt.of("remail.queued", PromptArg.date("arrives", day)), missing);
            }
            for (int i = 0; i < 5_000; i++) {
                check(language, Prompt.of("balance.past_due", PromptArg.money("amount", random.nextLong(100_000_000))), missing);
            }
            for (int minute = 0; minute < 24 * 60; minute += 5) {
                LocalTime time = LocalTime.MIN.plusMinutes(minute);
                check(language, Prompt.of("office.day", PromptArg.weekday("day", DayOfWeek.SUNDAY),
                        PromptArg.time("opens", time), PromptArg.time("closes", time)), missing);
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void eachSoundNameSaysOneThing() {
        Map<String, String> textByName = new HashMap<>();
        for (Sound sound : INVENTORY.sounds()) {
            String name = SoundNames.full(sound.language(), sound.name());
            String earlier = textByName.put(name, sound.text());
            assertThat(earlier).as(name).isNull();
        }
        assertThat(textByName).hasSizeGreaterThan(600);
    }

    @Test
    void wordsInOtherScriptsGetAsciiNamesThatCannotCollide() {
        assertThat(SoundNames.word("twenty-one")).isEqualTo("ocss/words/twenty-one");
        assertThat(SoundNames.word("një")).startsWith("ocss/words/nje-").isNotEqualTo(SoundNames.word("nje"));
        assertThat(SoundNames.word("এক")).matches("ocss/words/[a-z0-9-]+");
        assertThat(INVENTORY.textOf(Language.ALBANIAN, SoundNames.word("një"))).contains("një");
    }

    private static void check(Language language, Prompt prompt, TreeSet<String> missing) {
        for (String sound : RENDERER.sounds(prompt, language)) {
            if (INVENTORY.textOf(sound).isEmpty()) {
                missing.add(sound);
            }
        }
    }

    private static Prompt withValues(String key, Language language, SplittableRandom random) {
        List<PromptArg> args = new ArrayList<>();
        CATALOG.spoken(language, key).orElseThrow().placeholders().forEach((name, type) ->
                args.add(sample(name, type, random)));
        return new Prompt(key, args);
    }

    private static PromptArg sample(String name, PlaceholderType type, SplittableRandom random) {
        LocalDate day = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(5 * 366));
        return switch (type) {
            case MONEY -> PromptArg.money(name, random.nextLong(1_000_000_000L));
            case CREDIT -> PromptArg.money(name, 1 + random.nextLong(10_000_000L));
            case DATE, WEEKDAY_DATE, MONTH -> PromptArg.date(name, day);
            case WEEKDAY, ON_WEEKDAY -> PromptArg.weekday(name, DayOfWeek.of(1 + random.nextInt(7)));
            case TIME -> PromptArg.time(name, LocalTime.of(random.nextInt(24), random.nextInt(60)));
            case COUNT -> PromptArg.count(name, random.nextLong(100_000));
            case DIGITS -> PromptArg.digits(name, Long.toString(random.nextLong(10_000_000_000L)));
            case TEXT -> PromptArg.text(name, OFFICE);
        };
    }
}
