package gov.ocss.ivr.presenter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextProfileTest {
    private static final String BAUDOT_SHOWS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -$'!:(\")=?+/.,;";

    @Test
    void albanianLosesOnlyItsDiacriticsOnABaudotTty() {
        assertThat(TextProfile.BAUDOT.render("Ju lutemi, shkruani numrin e çështjes."))
                .isEqualTo("JU LUTEMI, SHKRUANI NUMRIN E CESHTJES.");
    }

    @Test
    void bengaliIsWrittenAsBengaliReadersWriteItInLatinCapitals() {
        String shown = TextProfile.BAUDOT.render("আপনার কেস নম্বর লিখুন।");
        assertThat(shown.chars()).allMatch(c -> BAUDOT_SHOWS.indexOf(c) >= 0);
        // Not ICU's letter-by-letter "APANARA KESA NAMBARA LIKHUNA."
        assertThat(shown).isEqualTo("APNAR KES NOMBOR LIKHUN.");
        assertThat(TextProfile.TONES.render("আপনার কেস নম্বর লিখুন।")).isEqualTo(shown);
    }

    @Test
    void keysATtyDoesNotHaveAreLeftOutNotGarbled() {
        assertThat(TextProfile.BAUDOT.render("Press * to repeat, or # when done — thank you")).isEqualTo("PRESS TO REPEAT, OR WHEN DONE - THANK YOU");
    }

    @Test
    void aRealTimeTextChannelGetsTheTextAsWritten() {
        assertThat(TextProfile.UTF8.render("আপনার কেস নম্বর ç")).isEqualTo("আপনার কেস নম্বর ç");
        assertThat(TextProfile.named("utf8")).isEqualTo(TextProfile.UTF8);
        assertThat(TextProfile.named(" Tones ")).isEqualTo(TextProfile.TONES);
        assertThat(TextProfile.TONES.render("Ju lutemi, shkruani numrin e çështjes."))
                .isEqualTo(TextProfile.BAUDOT.render("Ju lutemi, shkruani numrin e çështjes."));
        assertThat(TextProfile.named("anything else")).isEqualTo(TextProfile.BAUDOT);
        assertThat(TextProfile.named(null)).isEqualTo(TextProfile.BAUDOT);
    }

    @Test
    void longTextIsSentInLinesThatBreakBetweenWords() {
        String text = "YOUR CURRENT SUPPORT DUE IS FOUR HUNDRED TWENTY DOLLARS AND FIFTY CENTS, DUE ON MARCH FIRST. GA";
        var lines = TextPresenter.lines(text);
        assertThat(lines).allMatch(l -> l.length() <= TextPresenter.LINE_LENGTH);
        assertThat(String.join(" ", lines)).isEqualTo(text);
        assertThat(lines).hasSize(2);
    }
}
