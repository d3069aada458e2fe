package gov.ocss.ivr.telephony;

import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.telephony.Dialplan.Step;
import gov.ocss.ivr.telephony.Dialplan.Target;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Asterisk files this module ships (telephony-config/asterisk), read once, and what the checks ask of them. */
final class AsteriskFiles {
    static final Path FOLDER = Path.of("asterisk");
    /** The only variable a place or a sound name may contain: the caller's language, checked for each. */
    static final String LANGUAGE_VARIABLE = "${OCSS_LANGUAGE}";
    private static final Dialplan DIALPLAN = Dialplan.read(FOLDER.resolve("extensions.conf"));
    private static final Pattern GLOBAL = Pattern.compile("\\$\\{(OCSS_[A-Z_]+)}");

    private AsteriskFiles() {
    }

    static Dialplan dialplan() {
        return DIALPLAN;
    }

    static ConfigFile config(String name) {
        return ConfigFile.read(FOLDER.resolve(name));
    }

    static List<Step> steps(String application) {
        return DIALPLAN.steps().stream().filter(s -> s.application().equalsIgnoreCase(application)).toList();
    }

    /** The text with the dialplan's [globals] put in (the value Asterisk would use). */
    static String withGlobals(String text) {
        Matcher matcher = GLOBAL.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = DIALPLAN.globals().get(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? matcher.group() : value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** The text once for each language when it names the caller's language, else as it is. */
    static List<String> forEachLanguage(String text) {
        if (!text.contains(LANGUAGE_VARIABLE)) {
            return List.of(text);
        }
        List<String> all = new ArrayList<>();
        for (Language language : Language.values()) {
            all.add(text.replace(LANGUAGE_VARIABLE, language.code()));
        }
        return all;
    }

    /** Every place a step can send the call to (Goto, GotoIf and GotoIfTime branches, Gosub, ExecIf's applications'). */
    static List<Target> targets(Step step) {
        List<String> places = new ArrayList<>();
        String data = step.arguments();
        switch (step.application().toLowerCase()) {
            case "goto", "gosub" -> places.add(data);
            case "gotoif", "gotoiftime" -> {
                int question = data.lastIndexOf('?');
                for (String branch : data.substring(question + 1).split(":")) {
                    if (!branch.isBlank()) {
                        places.add(branch);
                    }
                }
            }
            default -> {
            }
        }
        List<Target> targets = new ArrayList<>();
        for (String place : places) {
            for (String expanded : forEachLanguage(place)) {
                targets.add(Target.parse(expanded, step.context(), step.extension()));
            }
        }
        return targets;
    }
}
