package gov.ocss.ivr.prompts.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.ocss.ivr.prompts.Language;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real engines: FreeTTS in this JVM, espeak-ng as a process (installed by ./phoneline). */
class VoicesTest {

    private static Voices voices;

    @BeforeAll
    static void openVoices() {
        voices = Voices.standard();
    }

    @AfterAll
    static void closeVoices() {
        voices.close();
    }

    @Test
    void kevinSpeaksEnglishAtTheTelephonyRate() throws Exception {
        MonoAudio audio = voices.of(Language.ENGLISH).orElseThrow().speak("Welcome to the child support help line.");

        assertThat(audio.sampleRate()).isEqualTo(8000);
        assertThat(audio.seconds()).isBetween(1.0, 5.0);
        assertThat(audio.isSilent()).isFalse();
        assertThat(voices.of(Language.ENGLISH).orElseThrow().settings()).startsWith("freetts-1.2.2.jar kevin").contains("kevin");
    }

    @Test
    void theEnglishVoiceAndRateAreInItsSettingsSoChangingEitherRendersTheSoundsAgain() throws Exception {
        String kevin = new FreeTtsVoice("kevin", 150).settings();

        assertThat(new FreeTtsVoice("kevin16", 150).settings()).isNotEqualTo(kevin).contains(" kevin16 rate=150.0 ");
        assertThat(new FreeTtsVoice("kevin", 135).settings()).isNotEqualTo(kevin).contains(" kevin rate=135.0 ");
        assertThatThrownBy(() -> new FreeTtsVoice("alan", 150)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FreeTtsVoice("kevin", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void espeakSpeaksBengaliScriptAndAlbanianWithItsOwnLetters() throws Exception {
        MonoAudio bengali = voices.of(Language.BENGALI).orElseThrow().speak("আপনার কেস নম্বর লিখুন।");
        MonoAudio albanian = voices.of(Language.ALBANIAN).orElseThrow().speak("Mirë se vini. Çfarë dëshironi të dëgjoni?");

        assertThat(bengali.sampleRate()).isEqualTo(22050);
        assertThat(bengali.seconds()).isBetween(0.8, 5.0);
        assertThat(albanian.seconds()).isBetween(1.2, 6.0);
        assertThat(bengali.isSilent()).isFalse();
        assertThat(voices.of(Language.BENGALI).orElseThrow().settings()).matches("espeak-ng \\d[^ ]* voice=bn .*");
    }

    @Test
    void textThatLooksLikeAnOptionIsSpokenNotObeyed() throws Exception {
        MonoAudio audio = new EspeakVoice("sq").speak("--version -w /tmp/x");

        assertThat(audio.seconds()).isGreaterThan(0.5);
    }

    @Test
    void missingEspeakSaysHowToInstallIt() {
        EspeakVoice missing = new EspeakVoice("espeak-ng-not-installed-here", "bn");

        assertThatThrownBy(missing::settings).isInstanceOf(VoiceUnavailableException.class)
                .hasMessage("espeak-ng is not installed: apt-get install -y espeak-ng");
        assertThatThrownBy(() -> missing.speak("এক")).isInstanceOf(VoiceUnavailableException.class)
                .hasMessage(EspeakVoice.NOT_INSTALLED);
    }

    @Test
    void anUnknownEspeakVoiceIsReportedAsUnavailable() {
        assertThatThrownBy(() -> new EspeakVoice("xx-none").speak("hello"))
                .isInstanceOf(VoiceUnavailableException.class).hasMessageContaining("no voice xx-none");
    }
}
