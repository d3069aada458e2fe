package gov.ocss.ivr.helpline;

import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.app.logging.SecretMasking;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What {@link Secrets} finds: a secret's digits as a token of their own, however written and whatever
 * stands beside them, and never the same digits inside a random hexadecimal identifier. (Made-up
 * secrets; the PIN's digits are those of the identity hash and the UUID that once made false findings.)
 */
class SecretsTest {
    private static final String PIN = "80024";
    /** Hikari's DEBUG line that a full run once reported as a PIN: a random UUID spelling its digits. */
    private static final String HIKARI_LINE =
            "HikariPool-1 - Attempting to create/setup new connection (aed80024-f67b-444c-a28c-1087dd4714b8)";

    private final Secrets secrets = new Secrets()
            .add("the PIN", PIN)
            .add("the case number", "5236295464")
            .add("the date of birth", "1980-01-15")
            .add("the date of birth as keyed", "01151980");

    private List<String> findingsIn(String line) {
        return secrets.foundIn("the test", line);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            HIKARI_LINE,
            "Attempting to create/setup new connection (aed*****-f67b-444c-a28c-1087dd4714b8)",
            "connection AED80024-F67B-444C-A28C-1087DD4714B8 added",
            // A UUID whose first group is all digits, and spells a date of birth as keyed.
            "connection (01151980-f67b-444c-a28c-1087dd4714b8)",
            "connection (1087dd47-f67b-444c-a28c-801151980abc)",
            "a hex id c0ffee-80024-1a2b in general",
            "PgStatement$StatementResultHandler@80024a6d",
            "java.lang.Object@80024 without a letter",
            "handle 0x80024 or 0x80024ab",
            "thread 80024abc, abc80024, ab80024cd",
            "/tmp/ivr-demo-db80024/data",
            "pool_80024 and 80024_tmp",
            "longer numbers 180024, 800241, 52362954640 and 523629546"})
    void digitsInsideALongerTokenAreNoFinding(String line) {
        assertThat(findingsIn(line)).isEmpty();
    }

    /** The UUID line as the application logs it: the masking leaves it as it is, and it is no finding. */
    @Test
    void theMaskingKeepsAUuidAndItsLineIsNoFinding() {
        assertThat(SecretMasking.mask(HIKARI_LINE)).isEqualTo(HIKARI_LINE);
        assertThat(findingsIn(SecretMasking.mask(HIKARI_LINE))).isEmpty();
        // An all-digit first group is masked (it is a number standing on its own): harmless, and no finding.
        String allDigits = "connection (01151980-f67b-444c-a28c-1087dd4714b8)";
        assertThat(SecretMasking.mask(allDigits)).isEqualTo("connection (********-f67b-444c-a28c-1087dd4714b8)");
        assertThat(findingsIn(SecretMasking.mask(allDigits))).isEmpty();
    }

    static Stream<Arguments> leaks() {
        return Stream.of(
                Arguments.of("PIN 80024", "the PIN"),
                Arguments.of("80024", "the PIN"),
                Arguments.of("80024 at the start of a line", "the PIN"),
                Arguments.of("at the end of a line 80024", "the PIN"),
                Arguments.of("verified (80024)", "the PIN"),
                Arguments.of("digits=80024, next", "the PIN"),
                Arguments.of("pin:80024.", "the PIN"),
                Arguments.of("keyed \"80024#\"", "the PIN"),
                Arguments.of("Bind(stmt=S_1,$1=<'80024'>)", "the PIN"),
                Arguments.of("PIN-80024", "the PIN"),
                Arguments.of("/pins/80024/", "the PIN"),
                Arguments.of("after a masked run *****80024", "the PIN"),
                Arguments.of("80024***** before one", "the PIN"),
                Arguments.of("keys 8 0 0 2 4 then #", "the PIN"),
                Arguments.of("keyed 1 80024 #", "the PIN"),
                Arguments.of("PIN ৮০০২৪ in Bengali digits", "the PIN"),
                Arguments.of("PIN ৮০0২4 in digits of two scripts", "the PIN"),
                Arguments.of("typed ৫২৩-৬২৯-৫৪৬৪", "the case number"),
                Arguments.of("Key (case_number)=(5236295464) already exists", "the case number"),
                Arguments.of("typed 523-629-5464", "the case number"),
                Arguments.of("typed 523 629 5464", "the case number"),
                Arguments.of("born 1980-01-15", "the date of birth"),
                Arguments.of("born 01/15/1980", "the date of birth as keyed"),
                Arguments.of("keyed 01151980#", "the date of birth as keyed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("leaks")
    void aSecretStandingAsATokenIsFound(String line, String name) {
        List<String> findings = findingsIn(line);
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0)).startsWith(name + " in the test, line 1: ");
    }

    /** Numbers the masking keeps on purpose (a port, a dotted number): if a secret took that shape, it leaked. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"listening on port 80024", "from 10.0.0.5:80024", "a decimal 80024.5"})
    void aSecretTheMaskingKeepsIsFound(String line) {
        assertThat(SecretMasking.mask(line)).isEqualTo(line);
        assertThat(findingsIn(line)).hasSize(1);
    }

    @Test
    void aLeakBesideAUuidSpellingTheSameDigitsIsOneFindingThatPrintsNeither() {
        String line = "connection (aed80024-f67b-444c-a28c-1087dd4714b8) for PIN 80024";
        List<String> findings = findingsIn(line);
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0)).contains("the PIN at " + line.lastIndexOf(PIN)).doesNotContain(PIN);
    }

    /** The driver's TRACE of a bound timestamp whose microseconds spell the PIN (it happened): not a leak. */
    @Test
    void aTimestampsFractionOfASecondSpellingAPinIsNoFinding() {
        String line = "FE=> Bind(stmt=S_13,portal=null,$4=<('****-**-** **:00:02." + PIN + "+00')>,type=UNSPECIFIED)";
        assertThat(findingsIn(line)).isEmpty();
        assertThat(findingsIn(line + " for PIN " + PIN)).hasSize(1);
    }

    /** A port or a process id of the run that equals a PIN by chance: that PIN is no longer searched, the others are. */
    @Test
    void aSecretEqualToANumberOfTheRunIsForgottenAndNoOther() {
        assertThat(secrets.forgetChanceEquals(java.util.Set.of(PIN, "45123"))).isEqualTo(1);
        assertThat(secrets.foundIn("the log", "Tomcat started on port " + PIN)).isEmpty();
        assertThat(secrets.foundIn("the log", "case 5236295464")).hasSize(1);
    }

    @Test
    void eachLineIsSearchedAndNamed() {
        assertThat(secrets.foundIn("the log", "nothing here\n" + HIKARI_LINE + "\r\nPIN 80024\ncase 5236295464"))
                .hasSize(2)
                .allSatisfy(finding -> assertThat(finding).doesNotContain(PIN).doesNotContain("5236295464"))
                .anySatisfy(finding -> assertThat(finding).startsWith("the PIN in the log, line 3: "))
                .anySatisfy(finding -> assertThat(finding).startsWith("the case number in the log, line 4: "));
    }
}
