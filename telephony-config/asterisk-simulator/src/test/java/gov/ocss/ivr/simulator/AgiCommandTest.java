package gov.ocss.ivr.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AgiCommandTest {

    @Test
    void quotedEscapeDigitsAreOneWord() {
        assertThat(AgiCommand.parse("STREAM FILE silence/1 \"0123456789*#\"").words())
                .containsExactly("STREAM", "FILE", "silence/1", "0123456789*#");
    }

    @Test
    void quotedTextKeepsItsSpacesAndPunctuation() {
        assertThat(AgiCommand.parse("SEND TEXT \"HELLO, TEXT LINE GA\"").words())
                .containsExactly("SEND", "TEXT", "HELLO, TEXT LINE GA");
    }

    @Test
    void emptyQuotedStringIsAnEmptyWord() {
        assertThat(AgiCommand.parse("STREAM FILE no/such/file \"\"").words())
                .containsExactly("STREAM", "FILE", "no/such/file", "");
        assertThat(AgiCommand.parse("SAY NUMBER 1234 \"\"").argc()).isEqualTo(4);
    }

    @Test
    void backslashMakesTheNextCharacterLiteralAndDisappears() {
        assertThat(AgiCommand.parse("SEND TEXT \"say \\\"hi\\\"\"").word(2)).isEqualTo("say \"hi\"");
        assertThat(AgiCommand.parse("SET VARIABLE X a\\ b").words()).containsExactly("SET", "VARIABLE", "X", "a b");
        assertThat(AgiCommand.parse("SET VARIABLE X c:\\\\dir").word(3)).isEqualTo("c:\\dir");
        assertThat(AgiCommand.parse("SET VARIABLE X \\n").word(3)).isEqualTo("n");
    }

    @Test
    void blanksAndTabsSeparateWordsAndRepeatedBlanksMakeNoEmptyWords() {
        assertThat(AgiCommand.parse("  GET\tDATA   beep  3000 ").words()).containsExactly("GET", "DATA", "beep", "3000");
    }

    @Test
    void aQuoteInsideAWordJoinsWhatFollows() {
        assertThat(AgiCommand.parse("VERBOSE ab\"c d\"e 1").words()).containsExactly("VERBOSE", "abc de", "1");
    }

    @Test
    void anUnterminatedQuoteRunsToTheEndOfTheLine() {
        assertThat(AgiCommand.parse("SEND TEXT \"abc def").words()).containsExactly("SEND", "TEXT", "abc def");
    }

    @Test
    void carriageReturnIsNotABlank() {
        assertThat(AgiCommand.parse("ANSWER\r").words()).containsExactly("ANSWER\r");
    }

    @Test
    void wordsBeyond127AreDropped() {
        String line = "VERBOSE" + " x".repeat(200);
        assertThat(AgiCommand.parse(line).argc()).isEqualTo(AgiCommand.MAX_WORDS);
    }

    @Test
    void theLineIsKeptAsSent() {
        assertThat(AgiCommand.parse("NOOP  after-hangup").line()).isEqualTo("NOOP  after-hangup");
    }
}
