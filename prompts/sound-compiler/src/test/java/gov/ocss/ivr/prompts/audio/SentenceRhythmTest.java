package gov.ocss.ivr.prompts.audio;

import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.prompts.Prompt;
import gov.ocss.ivr.prompts.PromptArg;
import gov.ocss.ivr.prompts.voice.Pause;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a caller hears of a sentence with values, compiled with the real voices and played file
 * after file: the silences fall at its punctuation and around its values, of the lengths meant
 * (see {@link Pause}), and the words of one value run on like the words of a sentence.
 */
class SentenceRhythmTest {
    private static final Prompt PAYMENT = Prompt.of("payment.check", PromptArg.date("date", LocalDate.of(2026, 10, 14)),
            PromptArg.money("amount", 23_500));
    private static final Prompt PAST_DUE = Prompt.of("balance.past_due", PromptArg.money("amount", 123_456));

    private static Voices voices;

    @TempDir
    Path out;

    @BeforeAll
    static void openVoices() {
        voices = Voices.standard();
    }

    @AfterAll
    static void closeVoices() {
        voices.close();
    }

    @Test
    void aPaymentPausesAtItsCommasAndNotInsideTheDateOrTheSum() throws Exception {
        List<CompiledSentence.Join> joins = CompiledSentence.compile(PAYMENT, Language.ENGLISH, voices, out).joins();

        // "October fourteenth: two hundred thirty-five dollars, by check."
        assertThat(joins).filteredOn(join -> join.pause().equals(Optional.of(Pause.COMMA)))
                .as("%s", joins).hasSize(2)
                .allSatisfy(join -> assertThat(join.silenceMillis()).as("%s", join).isBetween(150.0, 250.0));
        assertThat(joins).filteredOn(CompiledSentence.Join::insideAValue).as("%s", joins).isNotEmpty()
                .allSatisfy(join -> assertThat(join.silenceMillis()).as("%s", join).isLessThan(80.0));
    }

    @Test
    void aSumWithNoPunctuationBesideItIsSetApartByAShortGap() throws Exception {
        List<CompiledSentence.Join> joins = CompiledSentence.compile(PAST_DUE, Language.ENGLISH, voices, out).joins();

        // "Your past-due balance is | one thousand ... cents."
        CompiledSentence.Join intoTheSum = joins.get(0);
        assertThat(intoTheSum.pause()).contains(Pause.AROUND_VALUE);
        assertThat(intoTheSum.silenceMillis()).as("%s", joins).isBetween(90.0, 200.0);
        double longestInsideTheSum = joins.stream().filter(CompiledSentence.Join::insideAValue)
                .mapToDouble(CompiledSentence.Join::silenceMillis).max().orElseThrow();
        assertThat(longestInsideTheSum).as("%s", joins).isLessThan(intoTheSum.silenceMillis());
    }

    @Test
    void aSentenceEndsWithAPauseThatKeepsTheNextOneFromRunningOn() throws Exception {
        for (Language language : Language.values()) {
            List<CompiledSentence.Join> joins = CompiledSentence.compile(PAST_DUE, language, voices, out.resolve(language.code()))
                    .joins();

            CompiledSentence.Join end = joins.get(joins.size() - 1);
            assertThat(end.after()).isNull();
            assertThat(end.pause()).contains(Pause.SENTENCE);
            // The next prompt's first piece adds its own 40 ms of lead-in.
            assertThat(end.silenceMillis() + 40).as("%s %s", language, joins).isBetween(300.0, 450.0);
        }
    }
}
