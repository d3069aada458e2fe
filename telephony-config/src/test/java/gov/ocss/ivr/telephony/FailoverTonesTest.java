package gov.ocss.ivr.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.prompts.audio.SoundCheck;
import gov.ocss.ivr.telephony.Dialplan.Step;
import gov.ocss.ivr.tty.TddSounds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the TTY line says without the server reaches a TDD on a tones call (a SIP call, where text
 * messages never reach a TDD): each Baudot tone file the dialplan plays is played exactly where the
 * same sentence would be sent as text, and only when OCSS_TTY is tones; it is among the sounds
 * {@code ./phoneline sounds} makes (TddSounds, into the audio compiler's folder), ready for Asterisk;
 * and minimodem in TDD mode, a TDD nobody here wrote, reads in it exactly the text the dialplan sends
 * otherwise, on a line of its own.
 */
class FailoverTonesTest {
    private static final Dialplan PLAN = AsteriskFiles.dialplan();
    private static final String TONES_CONDITION = "$[\"${OCSS_TTY}\" = \"tones\"]";

    @TempDir
    static Path compiled;

    /** A Playback of a tone file and the text sent instead of it when the call is not a tones call. */
    private record Played(Step playback, String sound, String text) {
        Path file() {
            return compiled.resolve(sound + ".wav");
        }
    }

    @BeforeAll
    static void compileAsPhonelineSoundsDoes() throws IOException {
        TddSounds.render(compiled);
    }

    @Test
    void eachToneFileIsPlayedOnlyOnATonesCallWhereTheSameSentenceIsSentAsTextOtherwise() {
        List<Played> played = tonesPlayed();
        // The four failover sentences in three languages, and the sign-off.
        assertThat(played).hasSize(13);
        assertThat(played).filteredOn(p -> p.sound().equals("en/ocss/tdd/sk")).singleElement()
                .satisfies(sk -> assertThat(sk.text()).isEqualTo("SK"));
        assertThat(played).filteredOn(p -> p.sound().equals("bn/ocss/tdd/call-system_unavailable")).singleElement()
                .satisfies(apology -> assertThat(apology.text()).startsWith("DUKHITO, AMADER SISTEM").endsWith("KOL KORUN."));
    }

    @Test
    void everyToneFileThePlanPlaysIsAmongTheCompiledSoundsReadyForAsterisk() {
        for (Played played : tonesPlayed()) {
            assertThat(played.file()).as(played.playback().where()).isRegularFile();
            assertThat(SoundCheck.problemsOf(played.file())).as(played.sound()).isEmpty();
        }
    }

    @Test
    void aTddReadsInEachToneFileExactlyTheTextTheDialplanSendsOtherwise() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/minimodem")),
                "minimodem is missing: ./phoneline test installs it (apt-get install minimodem)");
        for (Played played : tonesPlayed()) {
            assertThat(TddReader.reads(played.file())).as(played.sound()).isEqualTo(played.text() + "\r\n");
        }
    }

    /**
     * Every Playback of a tone file, with the text it stands for: the SendText steps between the
     * GotoIf that jumps to the Playback when OCSS_TTY is tones and the Playback itself.
     */
    private static List<Played> tonesPlayed() {
        List<Played> all = new ArrayList<>();
        for (Step playback : AsteriskFiles.steps("Playback")) {
            if (!playback.arguments().contains("/" + TddSounds.FOLDER + "/")) {
                continue;
            }
            assertThat(playback.arguments()).as(playback.where()).doesNotContain("$", "&", ",");
            assertThat(playback.label()).as(playback.where() + ": reached by a GotoIf on OCSS_TTY, so labelled").isNotNull();
            Map<Integer, Step> extension = PLAN.context(playback.context()).extensions().get(playback.extension());
            List<Step> gotoIfs = extension.values().stream()
                    .filter(step -> step.application().equals("GotoIf")
                            && step.arguments().equals(TONES_CONDITION + "?" + playback.label()))
                    .toList();
            assertThat(gotoIfs).as(playback.where() + ": the GotoIf that plays it on a tones call").hasSize(1);
            List<String> texts = new ArrayList<>();
            for (Step step : extension.values()) {
                if (step.priority() > gotoIfs.get(0).priority() && step.priority() < playback.priority()) {
                    if (step.application().equals("SendText")) {
                        texts.add(step.arguments());
                    } else {
                        assertThat(step.application()).as(step.where()).isIn("Return", "Hangup");
                    }
                }
            }
            assertThat(texts).as(playback.where() + ": the text sent instead").isNotEmpty();
            all.add(new Played(playback, playback.arguments(), String.join(" ", texts)));
        }
        return all;
    }
}
