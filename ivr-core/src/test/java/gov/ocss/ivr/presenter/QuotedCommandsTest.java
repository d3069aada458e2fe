package gov.ocss.ivr.presenter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.asteriskjava.fastagi.command.ExecCommand;
import org.asteriskjava.fastagi.command.GetDataCommand;
import org.asteriskjava.fastagi.command.GetOptionCommand;
import org.asteriskjava.fastagi.command.StreamFileCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each command's text, held to what Asterisk-Java's own class writes for the same arguments. */
class QuotedCommandsTest {

    static Stream<String> arguments() {
        return Stream.of(
                "en/menu/press-1",
                "en/digits/1&en/digits/2&bn/money/taka",
                "",
                "with space",
                "a \"quoted\" word",
                "back\\slash and \\\" both",
                "line\nfeed\n",
                "carriage\rreturn",
                "তিন হাজার",
                "Ju lutem, shtypni një",
                "\\",
                "\"",
                "$1,213.32 (a sum)",
                "%s %d %n");
    }

    @ParameterizedTest
    @MethodSource("arguments")
    void backgroundIsWrittenAsAsteriskJavaWritesIt(String argument) {
        assertThat(new QuotedCommands.Exec("Background", argument).buildCommand())
                .isEqualTo(new ExecCommand("Background", argument).buildCommand());
        assertThat(new QuotedCommands.Exec(argument, "x,y").buildCommand())
                .isEqualTo(new ExecCommand(argument, "x,y").buildCommand());
    }

    @ParameterizedTest
    @MethodSource("arguments")
    void getOptionIsWrittenAsAsteriskJavaWritesIt(String argument) {
        assertThat(new QuotedCommands.GetOption(argument, "0123456789*#", 5000).buildCommand())
                .isEqualTo(new GetOptionCommand(argument, "0123456789*#", 5000).buildCommand());
        assertThat(new QuotedCommands.GetOption("en/menu", argument, 0).buildCommand())
                .isEqualTo(new GetOptionCommand("en/menu", argument, 0).buildCommand());
    }

    @ParameterizedTest
    @MethodSource("arguments")
    void getDataIsWrittenAsAsteriskJavaWritesIt(String argument) {
        assertThat(new QuotedCommands.GetData(argument, 3000, 5).buildCommand())
                .isEqualTo(new GetDataCommand(argument, 3000, 5).buildCommand());
    }

    @ParameterizedTest
    @MethodSource("arguments")
    void streamFileIsWrittenAsAsteriskJavaWritesIt(String argument) {
        assertThat(new QuotedCommands.StreamFile(argument, "0123456789*#").buildCommand())
                .isEqualTo(new StreamFileCommand(argument, "0123456789*#").buildCommand());
        assertThat(new QuotedCommands.StreamFile("en/menu", argument).buildCommand())
                .isEqualTo(new StreamFileCommand("en/menu", argument).buildCommand());
    }

    @Test
    void nothingGivenIsQuotedAsNothing() {
        assertThat(new QuotedCommands.StreamFile(null, null).buildCommand())
                .isEqualTo(new StreamFileCommand(null, null).buildCommand());
    }
}
