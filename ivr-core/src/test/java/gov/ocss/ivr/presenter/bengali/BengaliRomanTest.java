package gov.ocss.ivr.presenter.bengali;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** The spelling rules one at a time, each with words a Bengali reader would type so. */
class BengaliRomanTest {

    @Test
    void theUnwrittenVowelIsSaidAsOOnlyWhereBengaliSaysIt() {
        assertThat(BengaliRoman.romanise("আপনার কল সময় নম্বর একজন")).isEqualTo("APNAR KOL SHOMOY NOMBOR EKJON");
        // In a final conjunct, in হ and in the -ইত of an adjective it is said.
        assertThat(BengaliRoman.romanise("জন্য বন্ধ অনুগ্রহ দুঃখিত")).isEqualTo("JONNO BONDHO ONUGROHO DUKHITO");
        // A vowel suffix takes the place of the stem's last one; a verb's -তে does not.
        assertThat(BengaliRoman.romanise("নগদে প্রথমে করতে থাকলে")).isEqualTo("NOGODE PROTHOME KORTE THAKLE");
    }

    @Test
    void lettersAreWrittenAsInAChat() {
        assertThat(BengaliRoman.romanise("অথবা শেষ ষাট চাই ছাপা জমা যাবে যায় ও ঐ ঔ ঋণ"))
                .isEqualTo("OTHOBA SHESH SHAT CHAI CHHAPA JOMA JABE JAY O OI OU RIN");
        assertThat(BengaliRoman.romanise("বাংলা এবং হঠাৎ কৃপা")).isEqualTo("BANGLA EBONG HOTHAT KRIPA");
        // Chandrabindu and visarga are not written.
        assertThat(BengaliRoman.romanise("তাঁরা পৌঁছানো দুঃখিত")).isEqualTo("TARA POUCHHANO DUKHITO");
    }

    @Test
    void conjunctsAreWrittenAsTheyAreSaid() {
        // য-ফলা: doubled inside a word, the vowel of "cat" at its start, J after র.
        assertThat(BengaliRoman.romanise("তথ্য ধন্যবাদ ব্যালান্স অ্যাকাউন্ট পর্যন্ত")).isEqualTo("TOTTHO DHONNOBAD BALANS AKAUNT PORJONTO");
        // ...but not after ং or a consonant, where nothing is doubled.
        assertThat(BengaliRoman.romanise("সংখ্যা সন্ধ্যা")).isEqualTo("SHONGKHA SHONDHA");
        // ব-ফলা silent but for ম্ব and র্ব; র-ফলা R.
        assertThat(BengaliRoman.romanise("বিশ্বাস নম্বর সর্বশেষ প্রতিনিধি")).isEqualTo("BISSHASH NOMBOR SHORBOSHESH PROTINIDHI");
        assertThat(BengaliRoman.romanise("অপেক্ষা সংক্ষেপ সঙ্গে অঙ্ক ব্যাংক যাচ্ছে")).isEqualTo("OPEKKHA SHONGKHEP SHONGE ONKO BANK JACHHE");
        // স in a cluster is S.
        assertThat(BengaliRoman.romanise("স্থানীয় ট্যাক্স")).isEqualTo("STHANIO TAKS");
    }

    @Test
    void anEnglishLoanwordEndsWithoutAVowel() {
        assertThat(BengaliRoman.romanise("পেমেন্ট রিফান্ড কার্ড চাইল্ড")).isEqualTo("PEMENT RIFAND KARD CHAILD");
        assertThat(BengaliRoman.romanise("কষ্ট ধর্ম")).isEqualTo("KOSHTO DHORMO");
    }

    @Test
    void theWordTableFindsAWordAndItsStemWithASuffix() {
        assertThat(BengaliRoman.romanise("অফিস অফিসের কেসে সরাসরি")).isEqualTo("OFIS OFISER KESE SHORASHORI");
        assertThat(BengaliRoman.romanise("জানুয়ারি মে আগস্ট শনিবার")).isEqualTo("JANUARY MAY AUGUST SATURDAY");
    }

    @Test
    void digitsDandaAndOtherScriptsPass() {
        assertThat(BengaliRoman.romanise("১০টি অঙ্ক। Brooklyn, NY ১১২০১।")).isEqualTo("10TI ONKO. Brooklyn, NY 11201.");
        assertThat(BengaliRoman.hasBengali("Për shqip")).isFalse();
        assertThat(BengaliRoman.hasBengali("৩")).isTrue();
    }

    @Test
    void theWordTableRefusesALineItCannotRead() {
        Assertions.assertThatThrownBy(() -> WordTable.parse(new BufferedReader(new StringReader("কেস kes"))))
                .hasMessageContaining("line 1");
    }
}
