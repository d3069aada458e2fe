package gov.ocss.ivr.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.presenter.BaudotPresenter;
import gov.ocss.ivr.presenter.TextProfile;
import gov.ocss.ivr.telephony.ConfigFile.Section;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** pjsip.conf, queues.conf and modules.conf fit the dialplan and each other. */
class AsteriskFilesTest {
    private static final Dialplan PLAN = AsteriskFiles.dialplan();
    private static final ConfigFile PJSIP = AsteriskFiles.config("pjsip.conf");
    private static final ConfigFile QUEUES = AsteriskFiles.config("queues.conf");
    private static final ConfigFile MODULES = AsteriskFiles.config("modules.conf");

    /** Where each application and function the dialplan may use lives (Asterisk's source tree). */
    private static final Map<String, String> MODULE_OF = Map.ofEntries(
            Map.entry("AGI", "res_agi.so"),
            Map.entry("Gosub", "app_stack.so"),
            Map.entry("Return", "app_stack.so"),
            Map.entry("ExecIf", "app_exec.so"),
            Map.entry("Log", "app_verbose.so"),
            Map.entry("Playback", "app_playback.so"),
            Map.entry("SendText", "app_sendtext.so"),
            Map.entry("Queue", "app_queue.so"),
            Map.entry("CALLERID", "func_callerid.so"),
            Map.entry("REDIRECTING", "func_callerid.so"),
            Map.entry("FILTER", "func_strings.so"),
            Map.entry("TOUPPER", "func_strings.so"),
            Map.entry("IF", "func_logic.so"),
            Map.entry("DB_EXISTS", "func_db.so"),
            Map.entry("CDR", "func_cdr.so"),
            Map.entry("CHANNEL", "func_channel.so"),
            Map.entry("AudioSocket", "app_audiosocket.so"));
    /**
     * Modules that Asterisk refuses to load without others (their AST_MODULE_INFO's requires). With
     * autoload=no a missing one means no module at all: res_agi without res_speech left both lines
     * without AGI on a real Asterisk.
     */
    private static final Map<String, List<String>> REQUIRES = Map.of("res_agi.so", List.of("res_speech.so"),
            "app_audiosocket.so", List.of("res_audiosocket.so"));
    /** Built into the PBX core: no module to load. */
    private static final Set<String> CORE = Set.of("Answer", "Goto", "GotoIf", "GotoIfTime", "Hangup", "NoOp", "Set", "Wait");
    private static final Map<String, List<String>> PJSIP_TYPE_MODULES = Map.of(
            "endpoint", List.of("res_pjsip.so", "chan_pjsip.so", "res_pjsip_session.so", "res_pjsip_sdp_rtp.so"),
            "aor", List.of("res_pjsip.so", "res_pjsip_registrar.so"),
            "auth", List.of("res_pjsip_authenticator_digest.so", "res_pjsip_outbound_authenticator_digest.so"),
            "identify", List.of("res_pjsip_endpoint_identifier_ip.so"),
            "registration", List.of("res_pjsip_outbound_registration.so"),
            "transport", List.of("res_pjsip.so"),
            "global", List.of("res_pjsip.so"));

    @Test
    void asteriskLoadsOnlyTheModulesListed() {
        Section modules = MODULES.named("modules").get(0);
        assertThat(modules.value("autoload")).hasValue("no");
        assertThat(modules.values("load")).doesNotHaveDuplicates().allSatisfy(module -> assertThat(module).endsWith(".so"));
    }

    @Test
    void everyApplicationAndFunctionTheDialplanUsesHasItsModuleLoaded() {
        Set<String> needed = new TreeSet<>(ShippedDialplan.applications());
        needed.addAll(ShippedDialplan.functions());
        Set<String> loaded = Set.copyOf(MODULES.named("modules").get(0).values("load"));
        for (String name : needed) {
            if (CORE.contains(name)) {
                continue;
            }
            assertThat(MODULE_OF).as("which module has " + name + "? add it to MODULE_OF").containsKey(name);
            assertThat(loaded).as(name).contains(MODULE_OF.get(name));
            assertThat(loaded).as(MODULE_OF.get(name) + " requires").containsAll(REQUIRES.getOrDefault(MODULE_OF.get(name), List.of()));
        }
        assertThat(loaded).contains("pbx_config.so", "format_wav.so", "codec_ulaw.so", "res_musiconhold.so");
    }

    /** The server runs AudioSocket through AGI (EXEC) for a TDD call: not in the dialplan, but needed all the same. */
    @Test
    void theApplicationTheServerRunsForTddCallsHasItsModuleLoaded() {
        Set<String> loaded = Set.copyOf(MODULES.named("modules").get(0).values("load"));
        String module = MODULE_OF.get(BaudotPresenter.AUDIO_APPLICATION);
        assertThat(loaded).contains(module).containsAll(REQUIRES.get(module));
    }

    @Test
    void everyKindOfPjsipSectionHasItsModulesLoaded() {
        Set<String> loaded = Set.copyOf(MODULES.named("modules").get(0).values("load"));
        for (Section section : PJSIP.concrete()) {
            String type = section.value("type").orElseThrow(() -> new AssertionError(section.where() + ": no type"));
            assertThat(PJSIP_TYPE_MODULES).as(section.where()).containsKey(type);
            assertThat(loaded).as(section.where()).containsAll(PJSIP_TYPE_MODULES.get(type));
        }
    }

    @Test
    void theCarrierTrunkLandsInTheCarrierContextSpeakingG711WithKeyPressesAsEvents() {
        Section trunk = endpoint("ocss-carrier");
        assertThat(trunk.templates()).containsExactly("ocss-carrier-endpoint");
        assertThat(trunk.value("context")).hasValue("ocss-from-carrier");
        assertThat(trunk.value("disallow")).hasValue("all");
        assertThat(trunk.values("allow")).allSatisfy(codecs ->
                assertThat(List.of(codecs.split(","))).isSubsetOf("ulaw", "alaw"));
        assertThat(trunk.value("dtmf_mode")).hasValue("rfc4733");
        assertThat(trunk.value("allow_transfer")).hasValue("no");
        Section identify = PJSIP.named("ocss-carrier-identify").get(0);
        assertThat(identify.value("endpoint")).hasValue("ocss-carrier");
        assertThat(PJSIP.named("ocss-carrier")).extracting(s -> s.value("type").orElseThrow()).contains("endpoint", "aor");
    }

    @Test
    void everyEndpointLandsInAContextOfTheDialplanAndKnowsItsAorAndAuth() {
        for (Section endpoint : endpoints()) {
            String context = endpoint.value("context").orElseThrow();
            assertThat(PLAN.contexts()).as(endpoint.where()).containsKey(context);
            for (String aor : endpoint.value("aors").map(a -> a.split(",")).orElse(new String[0])) {
                assertThat(sections(aor.strip(), "aor")).as(endpoint.where() + " aor " + aor).isNotEmpty();
            }
            for (String key : List.of("auth", "outbound_auth")) {
                endpoint.value(key).ifPresent(auth ->
                        assertThat(sections(auth, "auth")).as(endpoint.where() + " " + key).isNotEmpty());
            }
            assertThat(endpoint.values("allow").stream().flatMap(a -> List.of(a.split(",")).stream()))
                    .as(endpoint.where()).isSubsetOf("ulaw", "alaw");
        }
        // Phones may reach the lines and nothing else; only the carrier lands in the carrier context.
        assertThat(endpoint("ocss-test-phone").value("context")).hasValue("ocss-test-phone");
        assertThat(endpoints().stream().filter(e -> e.value("context").orElseThrow().equals("ocss-from-carrier")))
                .extracting(Section::name).containsExactly("ocss-carrier");
    }

    @Test
    void textClientsKeepUtf8AndTheCarriersTddsGetTheDialplansDefault() {
        Set<String> profiles = Arrays.stream(TextProfile.values()).map(p -> p.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        for (Section endpoint : endpoints()) {
            setVariables(endpoint).forEach((name, value) -> {
                // A channel variable the dialplan reads, or it would be a setting nobody uses.
                assertThat(PLAN.steps()).as(endpoint.where() + " set_var " + name)
                        .anyMatch(step -> step.arguments().contains("${" + name + "}"));
                if (name.equals("OCSS_TTY_PROFILE")) {
                    assertThat(profiles).as(endpoint.where()).contains(value);
                }
            });
        }
        // The test phone is the README's text client; TDDs from the phone network come on the trunk.
        assertThat(setVariables(endpoint("ocss-test-phone"))).containsEntry("OCSS_TTY_PROFILE", "utf8");
        assertThat(setVariables(endpoint("ocss-carrier"))).doesNotContainKey("OCSS_TTY_PROFILE");
        assertThat(PLAN.globals()).containsEntry("OCSS_TTY_PROFILE", "tones");
    }

    @Test
    void noSecretIsShippedOnlyPlaceholdersNamedToBeReplaced() {
        for (ConfigFile file : List.of(PJSIP, QUEUES)) {
            for (Section section : file.sections()) {
                for (String key : List.of("password", "md5_cred", "secret")) {
                    section.values(key).forEach(value ->
                            assertThat(value).as(section.where() + " " + key).startsWith("CHANGE_ME_"));
                }
            }
        }
        assertThat(endpoint("ocss-carrier").values("contact")).isEmpty();
        assertThat(sections("ocss-carrier", "aor").get(0).value("contact")).hasValueSatisfying(contact ->
                assertThat(contact).contains("CHANGE_ME_"));
    }

    @Test
    void theQueuesTheDialplanUsesExistAndTheTtyOneNeverPlaysMusicOrAnnouncements() {
        Set<String> used = AsteriskFiles.steps("Queue").stream()
                .map(step -> AsteriskFiles.withGlobals(step.arguments()).split(",")[0]).collect(Collectors.toSet());
        Set<String> defined = QUEUES.concrete().stream().map(Section::name).filter(n -> !n.equals("general"))
                .collect(Collectors.toSet());
        assertThat(defined).isEqualTo(used).containsExactlyInAnyOrder("ocss-voice", "ocss-tty");
        for (String queue : defined) {
            Section section = QUEUES.named(queue).get(0);
            assertThat(section.value("announce-position")).as(queue).hasValue("no");
            assertThat(section.value("announce-holdtime")).as(queue).hasValue("no");
            assertThat(section.value("periodic-announce-frequency")).as(queue).hasValue("0");
            assertThat(section.values("member")).as(queue).isNotEmpty().allSatisfy(member -> {
                assertThat(member).startsWith("PJSIP/");
                assertThat(endpoints()).extracting(Section::name).as(queue).contains(member.substring("PJSIP/".length()));
            });
        }
        assertThat(QUEUES.named("ocss-tty").get(0).value("musicclass")).isEmpty();
        assertThat(AsteriskFiles.steps("Queue")).filteredOn(step -> step.arguments().contains("OCSS_TTY_QUEUE"))
                .singleElement().satisfies(step -> assertThat(step.arguments().split(",")[1]).contains("r"));
    }

    /** An endpoint's set_var lines (NAME=value), which chan_pjsip sets on each of its channels. */
    private static Map<String, String> setVariables(Section endpoint) {
        Map<String, String> variables = new TreeMap<>();
        for (String setVar : endpoint.values("set_var")) {
            int equals = setVar.indexOf('=');
            assertThat(equals).as(endpoint.where() + " set_var " + setVar).isPositive();
            variables.put(setVar.substring(0, equals).strip(), setVar.substring(equals + 1).strip());
        }
        return variables;
    }

    private static Section endpoint(String name) {
        return sections(name, "endpoint").get(0);
    }

    private static List<Section> endpoints() {
        return PJSIP.concrete().stream().filter(s -> s.value("type").orElse("").equals("endpoint")).toList();
    }

    private static List<Section> sections(String name, String type) {
        return PJSIP.named(name).stream().filter(s -> !s.template() && s.value("type").orElse("").equals(type)).toList();
    }
}
