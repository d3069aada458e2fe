package gov.ocss.ivr.prompts.spoken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpokenPhraseTest {

    @Test
    void icuOutputIsSplitIntoOneFragmentPerWord() {
        SpokenPhrase phrase = SpokenPhrase.of(" njëzet e  një ");

        assertThat(phrase.words()).containsExactly("njëzet", "e", "një");
        assertThat(phrase.text()).isEqualTo("njëzet e një");
    }

    @Test
    void anAttachedFragmentIsWrittenWithoutASpaceButStaysItsOwnWord() {
        SpokenPhrase phrase = SpokenPhrase.of("তিন").thenAttached("টি").then("পেমেন্ট");

        assertThat(phrase.words()).containsExactly("তিন", "টি", "পেমেন্ট");
        assertThat(phrase.text()).isEqualTo("তিনটি পেমেন্ট");
    }

    @Test
    void emptyWordsAddNothing() {
        SpokenPhrase phrase = SpokenPhrase.of("").then("fifty dollars").then("  ");

        assertThat(phrase.words()).containsExactly("fifty", "dollars");
        assertThat(SpokenPhrase.empty().text()).isEmpty();
    }

    @Test
    void aFragmentIsASingleWord() {
        assertThatThrownBy(() -> new SpokenPhrase.Fragment("e hënë", false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SpokenPhrase.Fragment("", false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nothingToAttachToIsAMistake() {
        assertThatThrownBy(() -> SpokenPhrase.empty().thenAttached("টি"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void phrasesOfTheSameWordsAreEqual() {
        assertThat(SpokenPhrase.of("one cent")).isEqualTo(SpokenPhrase.of("one").then("cent"));
        assertThat(SpokenPhrase.of("তিনটি")).isNotEqualTo(SpokenPhrase.of("তিন").thenAttached("টি"));
    }
}
