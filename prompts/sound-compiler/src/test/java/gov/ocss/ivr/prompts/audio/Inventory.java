package gov.ocss.ivr.prompts.audio;

import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.prompts.voice.Sound;
import gov.ocss.ivr.prompts.voice.SoundInventory;
import java.util.ArrayList;
import java.util.List;

/** A small hand-made inventory that tests can change one sound at a time. */
final class Inventory implements SoundInventory {

    private final List<Sound> sounds;

    private Inventory(List<Sound> sounds) {
        this.sounds = List.copyOf(sounds);
    }

    static Inventory of(Sound... sounds) {
        return new Inventory(List.of(sounds));
    }

    /** Two sounds in each language, in its own script: a sentence and a number word. */
    static Inventory threeLanguages() {
        return of(
                new Sound(Language.ENGLISH, "ocss/greeting", "Welcome to the child support help line."),
                new Sound(Language.ENGLISH, "ocss/word/twenty-one", "twenty one"),
                new Sound(Language.BENGALI, "ocss/greeting", "শিশু সহায়তা হেল্প লাইনে আপনাকে স্বাগতম।"),
                new Sound(Language.BENGALI, "ocss/word/21", "একুশ"),
                new Sound(Language.ALBANIAN, "ocss/greeting", "Mirë se vini në linjën e ndihmës për fëmijët."),
                new Sound(Language.ALBANIAN, "ocss/word/21", "njëzet e një"));
    }

    Inventory with(Sound replacement) {
        List<Sound> changed = new ArrayList<>();
        boolean replaced = false;
        for (Sound sound : sounds) {
            boolean same = sound.language() == replacement.language() && sound.name().equals(replacement.name());
            changed.add(same ? replacement : sound);
            replaced |= same;
        }
        if (!replaced) {
            changed.add(replacement);
        }
        return new Inventory(changed);
    }

    Inventory without(Language language, String name) {
        return new Inventory(sounds.stream()
                .filter(sound -> !(sound.language() == language && sound.name().equals(name)))
                .toList());
    }

    @Override
    public List<Sound> sounds() {
        return sounds;
    }
}
