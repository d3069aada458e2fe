package gov.ocss.ivr.prompts.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The intelligibility benchmark's scoring; the expected words are what the shared textnorm.py gives. */
class TranscriptsTest {

    @Test
    void numbersTimesAndMarksAreNormalisedAsTheSharedMethodDoes() {
        assertThat(String.join(" ", Transcripts.normalise("Please enter your 5-digit ZIP code, then press 1.")))
                .isEqualTo("please enter your five digit zip code then press one");
        assertThat(String.join(" ", Transcripts.normalise("From 8:30 AM to 5 PM, March 5, 1985, enter 0 3 0 5 1 9 8 5.")))
                .isEqualTo("from eight thirty a m to five p m march five nineteen eighty five"
                        + " enter zero three zero five one nine eight five");
        assertThat(String.join(" ", Transcripts.normalise("This month's support is past-due. Your PIN has 10 digits.")))
                .isEqualTo("this months support is past due your pin has ten digits");
        assertThat(String.join(" ", Transcripts.normalise("$2,504.92"))).isEqualTo("two five hundred four ninety two");
        assertThat(String.join(" ", Transcripts.normalise("a.m. p.m. pm month\u2019s ninety-two")))
                .isEqualTo("a m p m p m months ninety two");
        assertThat(String.join(" ", Transcripts.normalise("1905 2000 1100"))).isEqualTo("nineteen oh five two thousand eleven hundred");
    }

    @Test
    void aRecognisersAlternatePronunciationMarkIsNotReadAsANumber() {
        assertThat(Transcripts.normalise("read(2) the(3) notice")).containsExactly("read", "the", "notice");
    }

    @Test
    void errorsAreCountedOnAMinimumAlignment() {
        Transcripts.Errors errors = Transcripts.align(List.of("a", "b", "c", "d"), List.of("a", "x", "c", "d", "e"));

        assertThat(errors).isEqualTo(new Transcripts.Errors(1, 0, 1, 4));
        assertThat(errors.rate()).isEqualTo(0.5);
        assertThat(Transcripts.align(List.of("a", "b"), List.of()).total()).isEqualTo(2);
        assertThat(Transcripts.align(List.of(), List.of("a")).insertions()).isEqualTo(1);
        assertThat(Transcripts.score("twenty-one dollars and five cents", "twenty one dollars and five cents").total()).isZero();
    }
}
