package gov.ocss.ivr.telephony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.ocss.ivr.telephony.ConfigFile.ConfigError;
import gov.ocss.ivr.telephony.ConfigFile.Section;
import org.junit.jupiter.api.Test;

/** The reader the checks rely on follows Asterisk's rules, and refuses what Asterisk refuses. */
class ConfigRulesTest {

    @Test
    void commentsEscapedSemicolonsAndBlockCommentsAreAsteriskS() {
        ConfigFile config = ConfigFile.parse("test.conf", """
                [a] ; a section
                x = 1 ; a comment
                y = semi\\;colon
                ;-- a comment
                z = 3
                over two lines --; w = 4
                """);
        Section a = config.named("a").get(0);
        assertThat(a.value("x")).hasValue("1");
        assertThat(a.value("y")).hasValue("semi;colon");
        assertThat(a.value("z")).isEmpty();
        assertThat(a.value("w")).hasValue("4");
    }

    @Test
    void aSectionMadeFromTemplatesGetsTheirVariablesFirstAndMayOverrideThem() {
        ConfigFile config = ConfigFile.parse("pjsip.conf", """
                [phone](!)
                type=endpoint
                context=inside
                [desk](phone)
                context=lobby
                [desk](!,phone)
                """);
        assertThat(config.concrete()).extracting(Section::name).containsExactly("desk");
        Section desk = config.concrete().get(0);
        assertThat(desk.value("type")).hasValue("endpoint");
        assertThat(desk.value("context")).hasValue("lobby");
        assertThat(desk.values("context")).containsExactly("inside", "lobby");
    }

    @Test
    void whatAsteriskCannotLoadIsRefusedWithItsLine() {
        assertThatThrownBy(() -> ConfigFile.parse("a.conf", "x = 1\n")).isInstanceOf(ConfigError.class)
                .hasMessageContaining("a.conf:1");
        assertThatThrownBy(() -> ConfigFile.parse("a.conf", "[a]\njust words\n")).hasMessageContaining("a.conf:2");
        assertThatThrownBy(() -> ConfigFile.parse("a.conf", "[a](missing)\n")).hasMessageContaining("not defined");
        assertThatThrownBy(() -> ConfigFile.parse("a.conf", "[a]\n;-- never closed\n")).hasMessageContaining("never closed");
    }

    @Test
    void prioritiesCountOnWithNAndLabelsNameThem() {
        Dialplan plan = Dialplan.parse("""
                [in]
                exten => s,1,Answer()
                 same => n(menu),Playback(x)
                 ; a comment inside the chain
                 same => n,Goto(menu)
                exten => 5,1,Hangup()
                """);
        Dialplan.Context in = plan.context("in");
        assertThat(in.label("s", "menu")).hasValue(2);
        assertThat(in.step("s", 3)).get().extracting(Dialplan.Step::application).isEqualTo("Goto");
        assertThat(in.step("5", 1)).isPresent();
    }

    @Test
    void aPriorityOrLabelUsedTwiceIsRefused() {
        assertThatThrownBy(() -> Dialplan.parse("""
                [in]
                exten => s,1,Answer()
                exten => s,1,Hangup()
                """)).hasMessageContaining("priority 1 of s@in is already used");
        assertThatThrownBy(() -> Dialplan.parse("""
                [in]
                exten => s,1(a),Answer()
                 same => n(a),Hangup()
                """)).hasMessageContaining("label a is already used");
    }

    @Test
    void aChainMustStartWithAnExtensionAndAnApplicationMustCloseItsParenthesis() {
        assertThatThrownBy(() -> Dialplan.parse("[in]\n same => n,Answer()\n")).hasMessageContaining("same =>");
        assertThatThrownBy(() -> Dialplan.parse("[in]\nexten => s,n,Answer()\n")).hasMessageContaining("first line");
        assertThatThrownBy(() -> Dialplan.parse("[in]\nexten => s,1,Playback(x\n")).hasMessageContaining("parenthesis");
        assertThatThrownBy(() -> Dialplan.parse("[in]\nexten => s,1,Playback(x)y\n")).hasMessageContaining("lost");
        assertThatThrownBy(() -> Dialplan.parse("[in]\ninclude => nowhere\n")).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> Dialplan.parse("[in]\ncolour => red\n")).hasMessageContaining("no meaning");
    }

    @Test
    void patternsMatchAsAsteriskSAndAnExactExtensionWins() {
        assertThat(Dialplan.matches("[+0-9].", "+18882084485")).isTrue();
        assertThat(Dialplan.matches("[+0-9].", "+")).isFalse();
        assertThat(Dialplan.matches("NXXXXXX", "5551234")).isTrue();
        assertThat(Dialplan.matches("NXXXXXX", "1551234")).isFalse();
        Dialplan plan = Dialplan.parse("""
                [in]
                exten => _X.,1,Hangup()
                exten => 4485,1,Answer()
                """);
        assertThat(plan.entry("in", "4485")).get().extracting(Dialplan.Step::application).isEqualTo("Answer");
        assertThat(plan.entry("in", "12")).get().extracting(Dialplan.Step::application).isEqualTo("Hangup");
    }

    @Test
    void expressionsFollowAsteriskSRules() {
        assertThat(Expression.evaluate("\"a\" = \"a\"")).isEqualTo("1");
        assertThat(Expression.evaluate("\"\" != \"\" | \"x\" = \"x\"")).isEqualTo("1");
        assertThat(Expression.evaluate("\"a\" = \"b\" | \"c\" = \"d\" & \"e\" = \"e\"")).isEqualTo("0");
        assertThat(Expression.evaluate("10 > 9")).isEqualTo("1");
        assertThatThrownBy(() -> Expression.evaluate(" = agent")).hasMessageContaining("operand");
    }

    @Test
    void timesIncludeTheirLastMinuteAndRangesMayWrap() {
        java.time.ZoneId york = java.time.ZoneId.of("America/New_York");
        TimeSpec hours = TimeSpec.parse("08:30-16:59,mon-fri,*,*,America/New_York", java.time.ZoneOffset.UTC);
        java.time.ZonedDateTime tuesday = java.time.ZonedDateTime.of(2026, 11, 17, 16, 59, 0, 0, york);
        assertThat(hours.includes(tuesday)).isTrue();
        assertThat(hours.includes(tuesday.plusMinutes(1))).isFalse();
        assertThat(hours.includes(tuesday.withHour(8).withMinute(29))).isFalse();
        assertThat(hours.includes(tuesday.plusDays(4))).as("Saturday").isFalse();
        TimeSpec weekend = TimeSpec.parse("*,fri-mon,*,*", york);
        assertThat(weekend.includes(tuesday.plusDays(5))).as("Sunday").isTrue();
        assertThat(weekend.includes(tuesday)).isFalse();
    }

    @Test
    void filterKeepsOnlyTheCharactersAllowed() {
        assertThat(DialplanRunner.filter("0-9+", "+1 (718) 555-1234")).isEqualTo("+17185551234");
        assertThat(DialplanRunner.filter("a-zA-Z0-9\\x20.", "Ann\nagi_arg_1: x")).isEqualTo("Annagiarg1 x");
        assertThat(DialplanRunner.filter("a-z-", "needs-help;")).isEqualTo("needs-help");
    }
}
