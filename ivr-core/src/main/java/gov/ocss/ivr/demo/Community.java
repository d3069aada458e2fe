package gov.ocss.ivr.demo;

import gov.ocss.ivr.prompts.Language;
import java.util.List;

/**
 * Where a demo family's names come from, so a name fits the language its owner asked for:
 * Bangladeshi names for Bengali speakers, Albanian names for Albanian speakers, and the mix of a
 * New York caseload for English. Each community also leans towards the boroughs it lives in.
 */
enum Community {
    NEW_YORK(Language.ENGLISH, 1.0,
            new int[] {18, 25, 30, 22, 5},
            List.of("Maria", "Jennifer", "Jessica", "Ashley", "Stephanie", "Tanisha", "Keisha", "Carmen",
                    "Yesenia", "Michelle", "Nicole", "Amanda", "Latoya", "Crystal", "Yolanda", "Rosa",
                    "Mei", "Natasha", "Brianna", "Shanice", "Dominique", "Kimberly", "Lisette", "Fatima"),
            List.of("Jose", "Luis", "Carlos", "Michael", "David", "Christopher", "Anthony", "James", "Kevin",
                    "Jason", "Daniel", "Andre", "Malik", "Jamal", "Wei", "Tyrone", "Rafael", "Marcus",
                    "Darnell", "Juan", "Hector", "Brandon", "Sean", "Dmitri"),
            List.of("Rodriguez", "Martinez", "Rivera", "Santos", "Cruz", "Torres", "Reyes", "Perez",
                    "Gonzalez", "Ortiz", "Ramirez", "Diaz", "Williams", "Johnson", "Brown", "Jackson",
                    "Thompson", "Campbell", "Joseph", "Pierre", "Charles", "Baptiste", "Clarke", "Murphy",
                    "O'Brien", "Russo", "Esposito", "Cohen", "Levy", "Chen", "Wong", "Lin", "Kim",
                    "Ivanov", "Washington", "Robinson", "Vasquez", "Mendez", "Alvarez", "Persaud"),
            List.of()),
    BENGALI(Language.BENGALI, 0.85,
            new int[] {3, 22, 25, 48, 2},
            List.of("Fatema", "Nasrin", "Shirin", "Rokeya", "Sharmin", "Taslima", "Jannatul", "Sumaiya",
                    "Farhana", "Nusrat", "Ayesha", "Rupa", "Shapla", "Marium", "Tahmina", "Moumita",
                    "Priya", "Sabina"),
            List.of("Mohammed", "Abdul", "Rahim", "Karim", "Shahidul", "Rafiqul", "Kamal", "Tanvir",
                    "Sabbir", "Arif", "Nazmul", "Faisal", "Mizanur", "Anwar", "Sumon", "Habib", "Imran",
                    "Dipankar", "Sanjoy"),
            List.of("Rahman", "Hossain", "Islam", "Ahmed", "Uddin", "Chowdhury", "Miah", "Alam", "Sarkar",
                    "Talukder", "Bhuiyan", "Haque", "Karim", "Siddique", "Das", "Roy", "Paul", "Barua", "Saha"),
            List.of("Begum", "Khatun", "Akter")),
    ALBANIAN(Language.ALBANIAN, 0.8,
            new int[] {5, 45, 10, 20, 20},
            List.of("Adelina", "Besa", "Blerta", "Drita", "Elira", "Fatjona", "Mirela", "Teuta", "Valbona",
                    "Arta", "Lindita", "Mimoza", "Vjosa", "Shqipe", "Jeta", "Ermira", "Dafina", "Kaltrina"),
            List.of("Arben", "Besnik", "Driton", "Fatmir", "Gentian", "Ilir", "Kujtim", "Luan", "Agron",
                    "Blerim", "Artan", "Erion", "Gjergj", "Valon", "Shpëtim", "Ardit", "Gëzim", "Mentor"),
            List.of("Hoxha", "Krasniqi", "Gashi", "Berisha", "Shala", "Morina", "Kelmendi", "Dervishi",
                    "Leka", "Gjoka", "Marku", "Prenga", "Çela", "Dushku", "Bajraktari", "Basha", "Zeka",
                    "Kola", "Lika", "Ahmeti", "Rexhepi", "Mustafa"),
            List.of());

    /** Share of the caseload: most callers choose English. */
    private static final int[] WEIGHTS = {68, 17, 15};
    private static final List<Community> ALL = List.of(values());
    private static final List<Borough> BOROUGHS = List.of(Borough.values());

    private final Language language;
    private final double speaksOwnLanguage;
    private final int[] boroughWeights;
    private final List<String> womensNames;
    private final List<String> mensNames;
    private final List<String> surnames;
    private final List<String> womensSurnames;

    Community(Language language, double speaksOwnLanguage, int[] boroughWeights, List<String> womensNames,
              List<String> mensNames, List<String> surnames, List<String> womensSurnames) {
        this.language = language;
        this.speaksOwnLanguage = speaksOwnLanguage;
        this.boroughWeights = boroughWeights;
        this.womensNames = womensNames;
        this.mensNames = mensNames;
        this.surnames = surnames;
        this.womensSurnames = womensSurnames;
    }

    static Community draw(DemoRandom random) {
        return random.weighted(ALL, WEIGHTS);
    }

    Language language() {
        return language;
    }

    /** Most of a community asks for its own language; the rest for English. */
    Language preferredLanguage(DemoRandom random) {
        return random.chance(speaksOwnLanguage) ? language : Language.ENGLISH;
    }

    Borough borough(DemoRandom random) {
        return random.weighted(BOROUGHS, boroughWeights);
    }

    String firstName(boolean woman, DemoRandom random) {
        return random.pick(woman ? womensNames : mensNames);
    }

    String lastName(boolean woman, DemoRandom random) {
        // Many Bangladeshi women carry Begum, Khatun or Akter rather than a family name.
        if (woman && !womensSurnames.isEmpty() && random.chance(0.3)) {
            return random.pick(womensSurnames);
        }
        return random.pick(surnames);
    }
}
