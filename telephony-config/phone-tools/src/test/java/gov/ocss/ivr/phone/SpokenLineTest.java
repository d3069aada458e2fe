package gov.ocss.ivr.phone;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpokenLineTest {
    private final SpokenLine line = new SpokenLine();

    @Test
    void aSentenceRunsOnUntilItsClosingPunctuation() {
        line.add("ocss/balance_is", "Your balance is");
        line.add("digits/1", "one");
        assertThat(line.isEnded()).isFalse();
        line.add("ocss/dollars", "dollars.");

        assertThat(line.isEnded()).isTrue();
        assertThat(line.shown(false)).isEqualTo("Your balance is one dollars.");
        assertThat(line.shown(true)).isEqualTo("Your balance is one dollars.  [ocss/balance_is digits/1 ocss/dollars]");
    }

    @Test
    void aBengaliSentenceEndsWithItsDandaAndAQuestionWithItsMark() {
        line.add("ocss/welcome", "স্বাগতম।");
        assertThat(line.isEnded()).isTrue();

        SpokenLine question = new SpokenLine();
        question.add("ocss/more_time", "Do you need more time?");
        assertThat(question.isEnded()).isTrue();
    }

    @Test
    void anUnknownSoundInASentenceStandsForItsWordsAndAtTheStartForAWholePrompt() {
        line.add("ocss/balance_is", "Your balance is");
        line.addUnknown("digits/7");
        assertThat(line.isEnded()).isFalse();

        SpokenLine prompt = new SpokenLine();
        prompt.addUnknown("ocss/not_understood");
        assertThat(prompt.isEnded()).isTrue();
        assertThat(prompt.shown(true)).isEqualTo("ocss/not_understood");
    }

    @Test
    void theFirstPieceOfACatalogSentenceStartsANewLineEvenAfterASentenceEndingOnAValue() {
        assertThat(SpokenLine.opensSentence("en/ocss/account-menu-noncustodial")).isTrue();
        assertThat(SpokenLine.opensSentence("en/ocss/office-days-2")).isFalse();
        assertThat(SpokenLine.opensSentence("en/ocss/words/first")).isFalse();
        assertThat(SpokenLine.opensSentence("bn/ocss/texts/bronx-child-support-office")).isFalse();
        assertThat(SpokenLine.opensSentence("digits/1")).isFalse();
    }
}
