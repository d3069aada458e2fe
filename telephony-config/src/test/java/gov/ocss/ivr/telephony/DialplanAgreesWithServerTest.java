package gov.ocss.ivr.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.call.DialplanVariables;
import gov.ocss.ivr.call.Ending;
import gov.ocss.ivr.caller.Line;
import gov.ocss.ivr.presenter.TextProfile;
import gov.ocss.ivr.prompts.CatalogRenderer;
import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.prompts.Prompt;
import gov.ocss.ivr.prompts.catalog.PromptCatalog;
import gov.ocss.ivr.prompts.voice.SoundInventory;
import gov.ocss.ivr.telephony.Dialplan.Step;
import gov.ocss.ivr.telephony.DialplanRunner.AgiResult;
import gov.ocss.ivr.telephony.DialplanRunner.Call;
import gov.ocss.ivr.tty.TddSounds;
import gov.ocss.ivr.tty.TddSounds.TddSound;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The dialplan and the server agree: the scripts the dialplan calls are the server's lines, the
 * variables the server sets are the ones the dialplan reads (names from
 * {@link DialplanVariables}, so the two cannot drift), the text profiles it names are the server's,
 * the sounds it plays are ones the audio compiler makes in every language (or, for a TDD on a tones
 * call, ones {@link TddSounds} makes), and the text it sends on the TTY line is the catalog's.
 */
class DialplanAgreesWithServerTest {
    private static final Dialplan PLAN = AsteriskFiles.dialplan();
    private static final Pattern IVR_VARIABLE = Pattern.compile("IVR_[A-Z_]+");
    private static final Pattern COMPARED = Pattern.compile("\"\\$\\{(IVR_[A-Z_]+)}\"\\s*!?=\\s*\"([^\"]*)\"");
    /** A comparison of the TTY line's profile with a word: "${OCSS_TTY}" = "tones". */
    private static final Pattern PROFILE_COMPARED = Pattern.compile("\"\\$\\{(OCSS_TTY(?:_PROFILE)?)}\"\\s*!?=\\s*\"([^\"]*)\"");
    /** Where the sounds of {@link TddSounds} are, in a played name: en/ocss/tdd/... */
    private static final String TDD_FOLDER = "/" + TddSounds.FOLDER + "/";
    private static final String TTY_TEXTS = "ocss-tty-texts";
    /** Sentences said only by the dialplan; PromptKeysTest (call-flows) leaves them to this test. */
    private static final String SAID_BY_THE_DIALPLAN = "dialplan.";
    private static final PromptCatalog CATALOG = PromptCatalog.standard();
    private static final CatalogRenderer RENDERER = new CatalogRenderer(CATALOG, Clock.systemUTC());

    /** OCSS_AGI_BACKUP as extensions.conf's own example sets it. */
    private static final String SECOND_SERVER = "agi://10.0.0.6:4573";

    @Test
    void theDialplanCallsEachLineOfTheServerByItsScriptName() {
        Map<String, Step> byScript = new TreeMap<>();
        for (Step step : AsteriskFiles.steps("AGI")) {
            // The second server is empty as shipped (its step is then skipped): an operator's looks like this.
            String url = AsteriskFiles.withGlobals(step.arguments().split(",")[0].replace("${OCSS_AGI_BACKUP}", SECOND_SERVER));
            assertThat(url).as(step.where()).matches("h?agi://[^/]+/[a-z]+");
            String script = url.substring(url.lastIndexOf('/') + 1);
            assertThat(Line.forScript(script)).as(step.where() + ": " + url).isPresent();
            byScript.put(script, step);
        }
        assertThat(byScript.keySet()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(Line.values()).map(Line::scriptName).toList());
        assertThat(byScript.get(Line.HELPLINE.scriptName()).context()).isEqualTo("ocss-helpline");
        assertThat(byScript.get(Line.TTY.scriptName()).context()).isEqualTo("ocss-tty");
    }

    @Test
    void theTtyLineTellsTheServerWhichTextProfileItsCallersHave() {
        for (Step step : AsteriskFiles.steps("AGI")) {
            List<String> arguments = List.of(AsteriskFiles.withGlobals(step.arguments().replace("${OCSS_AGI_BACKUP}", SECOND_SERVER)).split(","));
            Line line = Line.forScript(arguments.get(0).substring(arguments.get(0).lastIndexOf('/') + 1)).orElseThrow();
            if (line.isText()) {
                assertThat(arguments).as(step.where()).containsExactly(arguments.get(0), "${OCSS_TTY}");
            } else {
                assertThat(arguments).as(step.where()).hasSize(1);
            }
        }
        // By default a TDD's tones, which the server makes and hears itself.
        assertThat(TextProfile.named(PLAN.globals().get("OCSS_TTY_PROFILE"))).isEqualTo(TextProfile.TONES);
        assertThat(profileNames()).contains(PLAN.globals().get("OCSS_TTY_PROFILE"));
    }

    @Test
    void whateverTheChannelAndItsProfileTheServerIsToldOneOfItsProfilesByName() {
        for (String channelType : List.of("PJSIP", "DAHDI", "Local")) {
            for (String profile : profileNames()) {
                Call call = new DialplanRunner(PLAN).channel(channelType).channelVariable("OCSS_TTY_PROFILE", profile)
                        .server(request -> new AgiResult("SUCCESS", Map.of(DialplanVariables.NEXT, DialplanVariables.NEXT_HANGUP)))
                        .call("ocss-test-phone", "9975");
                // TextProfile.named takes anything it does not know for baudot: only its own names are sure.
                assertThat(profileNames()).as("%s, %s", channelType, profile).contains(call.agi().get(0).arguments().get(0));
            }
        }
    }

    @Test
    void whatTheDialplanComparesTheTextProfileWithIsAProfileOfTheServer() {
        Set<String> compared = new TreeSet<>();
        for (Step step : PLAN.steps()) {
            Matcher matcher = PROFILE_COMPARED.matcher(step.arguments());
            while (matcher.find()) {
                compared.add(matcher.group(2));
            }
        }
        assertThat(compared).isNotEmpty();
        assertThat(profileNames()).containsAll(compared);
    }

    @Test
    void theDialplanReadsEveryVariableTheServerSetsAndNoOther() {
        Set<String> read = new TreeSet<>();
        for (Step step : PLAN.steps()) {
            Matcher matcher = IVR_VARIABLE.matcher(step.arguments());
            while (matcher.find()) {
                read.add(matcher.group());
            }
        }
        assertThat(read).isEqualTo(serverVariables().keySet());
    }

    @Test
    void onlyTheServerSetsItsVariables() {
        for (Step step : AsteriskFiles.steps("Set")) {
            String name = step.arguments().split("=", 2)[0].replaceFirst("^_+", "");
            assertThat(name).as(step.where()).doesNotStartWith("IVR_");
        }
    }

    @Test
    void whatTheDialplanComparesTheServersVariablesWithIsAValueTheServerSends() {
        Map<String, Set<String>> compared = new TreeMap<>();
        for (Step step : PLAN.steps()) {
            Matcher matcher = COMPARED.matcher(step.arguments());
            while (matcher.find()) {
                if (!matcher.group(2).isEmpty() && !matcher.group(2).contains("$")) {
                    compared.computeIfAbsent(matcher.group(1), v -> new TreeSet<>()).add(matcher.group(2));
                }
            }
        }
        Map<String, Set<String>> sent = Map.of(
                DialplanVariables.NEXT, constants("NEXT_"),
                DialplanVariables.REASON, Arrays.stream(Ending.values()).flatMap(ending -> ending.dialplanReason().stream())
                        .collect(Collectors.toSet()),
                DialplanVariables.LANGUAGE, Arrays.stream(Language.values()).map(Language::code).collect(Collectors.toSet()),
                DialplanVariables.LINE, Arrays.stream(Line.values()).map(Line::scriptName).collect(Collectors.toSet()));
        compared.forEach((variable, values) -> assertThat(sent.get(variable)).as(variable).containsAll(values));
        // Every next step the server can ask for is handled.
        assertThat(compared.get(DialplanVariables.NEXT)).isEqualTo(constants("NEXT_"));
    }

    @Test
    void theDialplanHandlesAnAgiThatFailedOrFoundNoScript() {
        String afterAgi = PLAN.context("ocss-after-agi").extensions().get("s").values().stream()
                .map(Step::arguments).collect(Collectors.joining("\n"));
        assertThat(afterAgi).contains("\"${AGISTATUS}\" = \"FAILURE\"", "\"${AGISTATUS}\" = \"NOTFOUND\"");
    }

    @Test
    void everySoundTheDialplanPlaysIsCompiledInEveryLanguage() {
        SoundInventory inventory = SoundInventory.standard(List.of());
        Set<String> missing = new TreeSet<>();
        for (String sound : voiceSounds()) {
            String name = sound.substring(sound.indexOf('/') + 1);
            assertThat(name).as(sound).startsWith("ocss/");
            for (Language language : Language.values()) {
                if (inventory.textOf(language, name).isEmpty()) {
                    missing.add(language.code() + "/" + name);
                }
            }
        }
        assertThat(voiceSounds()).isNotEmpty();
        assertThat(missing).isEmpty();
    }

    @Test
    void everyTddSoundTheDialplanPlaysIsMadeAndEveryOneMadeIsPlayed() {
        Set<String> made = TddSounds.standard().stream().map(TddSound::played).collect(Collectors.toCollection(TreeSet::new));
        assertThat(tddSounds()).isNotEmpty().isEqualTo(made);
    }

    @Test
    void aMessageForACallerOfUnknownLanguageIsPlayedInAllThreeLanguagesInMenuOrder() {
        // A TDD's sentences are played one language a Gosub, like the texts they stand for (CallRoutingTest).
        for (Step step : AsteriskFiles.steps("Playback")) {
            String files = step.arguments().split(",")[0];
            if (files.contains(AsteriskFiles.LANGUAGE_VARIABLE) || files.contains(TDD_FOLDER)) {
                continue;
            }
            List<String> sounds = List.of(files.split("&"));
            String name = sounds.get(0).substring(sounds.get(0).indexOf('/') + 1);
            assertThat(sounds).as(step.where()).containsExactlyElementsOf(
                    Arrays.stream(Language.values()).map(l -> l.code() + "/" + name).toList());
        }
    }

    @Test
    void theTtyTextsAreTheCatalogsSentencesAsABaudotTtyShowsThem() {
        Map<String, Map<Integer, Step>> texts = PLAN.context(TTY_TEXTS).extensions();
        assertThat(texts).isNotEmpty();
        for (Map.Entry<String, Map<Integer, Step>> text : texts.entrySet()) {
            String extension = text.getKey();
            String key = extension.substring(0, extension.lastIndexOf('.'));
            Language language = Language.fromCode(extension.substring(extension.lastIndexOf('.') + 1)).orElseThrow();
            // GotoIf(tones), SendText..., Return, (tones) Playback of the same text as a TDD's tones, Return.
            List<Step> steps = new ArrayList<>(text.getValue().values());
            assertThat(steps.get(0).application() + "(" + steps.get(0).arguments() + ")").as(steps.get(0).where())
                    .isEqualTo("GotoIf($[\"${OCSS_TTY}\" = \"tones\"]?tones)");
            Step tones = steps.get(steps.size() - 2);
            assertThat(tones.label()).as(tones.where()).isEqualTo("tones");
            assertThat(tones.application() + "(" + tones.arguments() + ")").as(tones.where())
                    .isEqualTo("Playback(" + language.code() + TDD_FOLDER + key.replace('.', '-') + ")");
            assertThat(steps.get(steps.size() - 1).application()).as(steps.get(steps.size() - 1).where()).isEqualTo("Return");
            List<Step> sent = steps.subList(1, steps.size() - 2);
            Step last = sent.get(sent.size() - 1);
            assertThat(last.application()).as(last.where()).isEqualTo("Return");
            List<String> lines = sent.subList(0, sent.size() - 1).stream()
                    .peek(step -> assertThat(step.application()).as(step.where()).isEqualTo("SendText"))
                    .map(Step::arguments).toList();
            String expected = TextProfile.BAUDOT.render(RENDERER.text(Prompt.of(key), language));
            assertThat(String.join(" ", lines)).as("%s; the lines should be:%n%s", extension, block(extension, expected))
                    .isEqualTo(expected);
            // A TDD shows a few dozen characters; the server sends at most 64 at a time, and so does the dialplan.
            assertThat(lines).as(extension).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(64));
        }
    }

    @Test
    void everySentenceKeptForTheDialplanIsSaidOnBothLinesInEveryLanguage() {
        Set<String> voice = voiceSounds();
        Set<String> text = PLAN.context(TTY_TEXTS).extensions().keySet();
        for (String key : CATALOG.keys(Language.ENGLISH)) {
            if (!key.startsWith(SAID_BY_THE_DIALPLAN)) {
                continue;
            }
            for (Language language : Language.values()) {
                assertThat(voice).as(key).contains(language.code() + "/ocss/" + key.replace('.', '-'));
                assertThat(text).as(key).contains(key + "." + language.code());
            }
        }
        // ...and the TTY line sends what the voice line says: the same sentences.
        Set<String> voiceKeys = voice.stream().map(s -> s.substring(s.indexOf("/ocss/") + 6)).collect(Collectors.toSet());
        Set<String> textKeys = text.stream().map(t -> t.substring(0, t.lastIndexOf('.')).replace('.', '-')).collect(Collectors.toSet());
        assertThat(textKeys).isEqualTo(voiceKeys);
    }

    @Test
    void theClosedMessagesSayTheHoursTheDialplanKeeps() {
        // OCSS_AGENT_HOURS is hh:mm-hh:mm,day-day,*,* with the last minute included.
        String[] hours = PLAN.globals().get("OCSS_AGENT_HOURS").split(",");
        assertThat(hours).hasSize(4);
        String[] times = hours[0].split("-");
        LocalTime opens = LocalTime.parse(times[0]);
        LocalTime closes = LocalTime.parse(times[1]).plusMinutes(1);
        String[] days = hours[1].split("-");
        String english = englishDay(days[0]) + " to " + englishDay(days[1]) + ", from " + englishTime(opens)
                + " to " + englishTime(closes);
        String albanian = "nga ora " + opens.format(DateTimeFormatter.ofPattern("H:mm"))
                + " deri në orën " + closes.format(DateTimeFormatter.ofPattern("HH:mm"));
        for (String key : List.of("dialplan.agents_closed", "dialplan.unavailable_closed")) {
            assertThat(RENDERER.text(Prompt.of(key), Language.ENGLISH)).as(key).contains(english);
            assertThat(RENDERER.text(Prompt.of(key), Language.ALBANIAN)).as(key).contains(albanian);
        }
    }

    /** Every sound file name in a Playback, once for each language where it names the caller's. */
    private static Set<String> playedSounds() {
        Set<String> sounds = new TreeSet<>();
        for (Step step : AsteriskFiles.steps("Playback")) {
            for (String file : step.arguments().split(",")[0].split("&")) {
                sounds.addAll(AsteriskFiles.forEachLanguage(file.strip()));
            }
        }
        return sounds;
    }

    /** The played sounds the audio compiler makes: spoken words. */
    private static Set<String> voiceSounds() {
        return playedSounds().stream().filter(sound -> !sound.contains(TDD_FOLDER)).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The played sounds {@link TddSounds} makes: a TDD's tones. */
    private static Set<String> tddSounds() {
        return playedSounds().stream().filter(sound -> sound.contains(TDD_FOLDER)).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The server's text profiles as the dialplan names them. */
    private static Set<String> profileNames() {
        return Arrays.stream(TextProfile.values()).map(p -> p.name().toLowerCase(Locale.ROOT)).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The variable names of DialplanVariables: its constants whose value is an IVR_ name. */
    private static Map<String, String> serverVariables() {
        Map<String, String> variables = new LinkedHashMap<>();
        for (Field field : DialplanVariables.class.getFields()) {
            String value = constant(field);
            if (IVR_VARIABLE.matcher(value).matches()) {
                variables.put(value, field.getName());
            }
        }
        assertThat(variables).isNotEmpty();
        return new TreeMap<>(variables);
    }

    private static Set<String> constants(String prefix) {
        return Arrays.stream(DialplanVariables.class.getFields())
                .filter(f -> f.getName().startsWith(prefix)).map(DialplanAgreesWithServerTest::constant).collect(Collectors.toSet());
    }

    private static String constant(Field field) {
        if (!Modifier.isStatic(field.getModifiers()) || field.getType() != String.class) {
            return "";
        }
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    private static String englishDay(String day) {
        return switch (day) {
            case "mon" -> "Monday";
            case "tue" -> "Tuesday";
            case "wed" -> "Wednesday";
            case "thu" -> "Thursday";
            case "fri" -> "Friday";
            case "sat" -> "Saturday";
            default -> "Sunday";
        };
    }

    private static String englishTime(LocalTime time) {
        int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        String minutes = time.getMinute() == 0 ? "" : String.format(":%02d", time.getMinute());
        return hour + minutes + (time.getHour() < 12 ? " AM" : " PM");
    }

    /** The dialplan lines that send this text, to paste into extensions.conf when a sentence changes. */
    private static String block(String extension, String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > 64) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        StringBuilder block = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            block.append(i == 0 ? "exten => " + extension + ",1," : " same => n,").append("SendText(").append(lines.get(i)).append(")\n");
        }
        return block.append(" same => n,Return()").toString();
    }
}
