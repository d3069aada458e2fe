package gov.ocss.ivr.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.ocss.ivr.caller.Line;
import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.simulator.CallSetup;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PhoneCallTest {

    @Test
    void withJustTheLineItCallsTheLocalServerOnTheFastAgiPort() {
        PhoneCall call = PhoneCall.parse("helpline");

        assertThat(call).isEqualTo(new PhoneCall(Line.HELPLINE, "127.0.0.1", 4573, Optional.empty(), Optional.empty(), false, Optional.empty()));
        assertThat(call.setup().networkScript()).isEqualTo("helpline");
        assertThat(call.setup().args()).isEmpty();
    }

    @Test
    void everyOptionIsRead() {
        PhoneCall call = PhoneCall.parse("tty", "--host", "10.0.0.5", "--port", "4574", "--lang", "bn", "--profile", "UTF8",
                "--from", "7185550123", "--verbose");

        assertThat(call).isEqualTo(new PhoneCall(Line.TTY, "10.0.0.5", 4574, Optional.of(Language.BENGALI), Optional.of("utf8"), true,
                Optional.of("7185550123")));
        assertThat(call.setup().callerIdNumber()).isEqualTo("7185550123");
    }

    @Test
    void theLanguageGoesAsTheQueryStringAndTheChannelLanguageTheProfileAsTheFirstArgumentAsTheDialplanSendsThem() {
        CallSetup setup = PhoneCall.parse("tty", "--lang", "sq", "--profile", "utf8").setup();

        assertThat(setup.networkScript()).isEqualTo("tty?lang=sq");
        assertThat(setup.language()).isEqualTo("sq");
        assertThat(setup.args()).containsExactly("utf8");
    }

    @Test
    void whatCannotBeCalledIsSaidPlainly() {
        List<List<String>> wrong = List.of(List.of(), List.of("voicemail"), List.of("helpline", "--port", "0"),
                List.of("helpline", "--port", "x"), List.of("helpline", "--lang", "fr"), List.of("helpline", "--profile", "utf8"),
                List.of("tty", "--profile", "ascii"), List.of("helpline", "--speakerphone"), List.of("helpline", "--host"),
                List.of("helpline", "--from", "718-555"), List.of("helpline", "--from"));
        for (List<String> args : wrong) {
            assertThatThrownBy(() -> PhoneCall.parse(args.toArray(String[]::new))).as("%s", args)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("null");
        }
    }
}
