package gov.ocss.ivr.prompts.audio;

import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.prompts.spoken.NumberWords;
import gov.ocss.ivr.prompts.voice.Sound;
import gov.ocss.ivr.prompts.voice.SoundInventory;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * An inventory the size and shape of the real one, made up: per language 150 sentences of 5 to 15
 * words in the language's script, and 200 single words (the numbers 0 to 180 spelled by ICU, the
 * months and the weekdays). From a fixed seed, so every run renders the same texts.
 *
 * <p>Its {@code main} runs the command line on it, to try the compiler out before the real
 * catalog exists: {@code mvn -B -q -pl prompts/sound-compiler test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=gov.ocss.ivr.prompts.audio.SyntheticSounds -Dexec.args="--out build/sounds"}
 */
final class SyntheticSounds implements SoundInventory {

    static final int SENTENCES = 150;
    static final int LARGEST_NUMBER = 180;

    private static final Map<Language, List<String>> VOCABULARY = Map.of(
            Language.ENGLISH, List.of("please", "enter", "your", "case", "number", "followed", "by", "the", "pound",
                    "key", "payment", "of", "was", "received", "on", "to", "hear", "press", "one", "two", "for",
                    "support", "balance", "due", "past", "office", "hours", "are", "Monday", "through", "Friday",
                    "letter", "mailed", "address", "on", "file", "we", "could", "not", "find", "that", "PIN",
                    "representative", "sorry", "again", "direct", "deposit", "check", "month", "last"),
            Language.BENGALI, List.of("আপনার", "কেস", "নম্বর", "লিখুন", "তারপর", "পাউন্ড", "চিহ্ন", "টিপুন", "পিন",
                    "অর্থ", "প্রদান", "পাওয়া", "গেছে", "মাসের", "তারিখে", "শুনতে", "এক", "দুই", "চাপুন", "বকেয়া",
                    "পরিশোধ", "অফিস", "সময়", "সোমবার", "থেকে", "শুক্রবার", "চিঠি", "ঠিকানায়", "পাঠানো", "হবে",
                    "দুঃখিত", "আবার", "চেষ্টা", "করুন", "প্রতিনিধির", "সাথে", "কথা", "বলতে", "সরাসরি", "জমা",
                    "চেক", "গত", "মাসে", "শিশু", "সহায়তা", "অনুগ্রহ", "করে", "আমরা", "খুঁজে", "পাইনি"),
            Language.ALBANIAN, List.of("ju", "lutem", "shtypni", "numrin", "e", "çështjes", "suaj", "pastaj",
                    "shenjën", "pagesa", "është", "marrë", "më", "muajin", "kaluar", "zyra", "jonë", "mbështetjes",
                    "së", "fëmijës", "kodin", "letrën", "adresën", "dërgojmë", "përsëri", "çfarë", "dëshironi",
                    "për", "të", "folur", "me", "një", "përfaqësues", "na", "vjen", "keq", "orari", "hënë",
                    "premte", "depozitë", "drejtpërdrejtë", "çek", "detyrim", "bilanci", "shuma", "dërguar",
                    "gjetëm", "nuk", "dy", "tre"));

    private final List<Sound> sounds;

    private SyntheticSounds(List<Sound> sounds) {
        this.sounds = List.copyOf(sounds);
    }

    static SyntheticSounds inventory() {
        Random random = new Random(20261123L);
        List<Sound> sounds = new ArrayList<>();
        for (Language language : Language.values()) {
            List<String> words = VOCABULARY.get(language);
            for (int i = 1; i <= SENTENCES; i++) {
                int length = 5 + random.nextInt(11);
                StringBuilder sentence = new StringBuilder();
                for (int w = 0; w < length; w++) {
                    sentence.append(w == 0 ? "" : " ").append(words.get(random.nextInt(words.size())));
                }
                sounds.add(new Sound(language, String.format("ocss/sentence-%03d", i),
                        sentence.append(language == Language.BENGALI ? "।" : ".").toString()));
            }
            NumberWords numbers = NumberWords.of(language);
            for (int n = 0; n <= LARGEST_NUMBER; n++) {
                sounds.add(new Sound(language, "ocss/number/" + n, numbers.cardinal(n).text()));
            }
            for (Month month : Month.values()) {
                sounds.add(new Sound(language, "ocss/month/" + month.getValue(),
                        month.getDisplayName(TextStyle.FULL_STANDALONE, language.locale())));
            }
            for (DayOfWeek day : DayOfWeek.values()) {
                sounds.add(new Sound(language, "ocss/weekday/" + day.getValue(),
                        day.getDisplayName(TextStyle.FULL_STANDALONE, language.locale())));
            }
        }
        return new SyntheticSounds(sounds);
    }

    /** The same inventory with the first {@code count} sentences of each language reworded. */
    SyntheticSounds withSentencesReworded(int count) {
        List<Sound> changed = new ArrayList<>();
        for (Sound sound : sounds) {
            boolean reword = sound.name().startsWith("ocss/sentence-")
                    && Integer.parseInt(sound.name().substring("ocss/sentence-".length())) <= count;
            changed.add(reword ? new Sound(sound.language(), sound.name(), sound.text() + " " + sound.text()) : sound);
        }
        return new SyntheticSounds(changed);
    }

    @Override
    public List<Sound> sounds() {
        return sounds;
    }

    public static void main(String[] args) {
        System.exit(CompileSounds.run(inventory(), args));
    }
}
