package gov.ocss.ivr.helpline;

import static gov.ocss.ivr.helpline.Walk.CASE_NUMBER;
import static gov.ocss.ivr.helpline.Walk.MAIN_MENU;
import static gov.ocss.ivr.helpline.Walk.NEXT_MENU;
import static gov.ocss.ivr.helpline.Walk.NONCUSTODIAL_MENU;
import static gov.ocss.ivr.helpline.Walk.PIN;
import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.caller.Line;
import gov.ocss.ivr.demo.DemoCase;
import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.simulator.CallRecord;
import gov.ocss.ivr.simulator.CallSetup;
import gov.ocss.ivr.simulator.CallerAction;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.Environment;

/**
 * What operations scrape from {@code /actuator/prometheus}, without signing in, after real calls to the
 * demo line: calls by line and outcome, calls in progress, the server's time per AGI step, the database
 * pool and the JVM. Counters are compared before and after, since other test classes call the same server.
 */
class OperationsMetricsTest {
    private static final DemoLine LINE = DemoLine.duringOfficeHours();
    private static final List<String> OUTCOMES = List.of("completed", "transferred", "hung_up", "locked", "gave_up", "failed", "shutdown");

    @Test
    void callsAreCountedByLineAndOutcomeAndEveryAgiStepIsTimed() throws Exception {
        Scrape before = scrape();
        assertThat(before.series()).as("every line and outcome from the start").containsKeys(
                OUTCOMES.stream().map(outcome -> calls("tty", outcome)).toArray(String[]::new));

        DemoCase verified = LINE.caseOfItsOwn();
        CallRecord transferred = call(Walk.on(Line.HELPLINE).chooseLanguage(Language.ENGLISH)
                .verify(verified, verified.noncustodial())
                .answer(NONCUSTODIAL_MENU, "9")
                .answer(MAIN_MENU, "0"));
        DemoCase mistaken = LINE.caseOfItsOwn();
        Walk wrongPins = Walk.on(Line.HELPLINE).chooseLanguage(Language.ENGLISH).answer(MAIN_MENU, "1");
        for (int attempt = 0; attempt < 3; attempt++) {
            wrongPins.answer(CASE_NUMBER, mistaken.caseNumber().digits()).answer(PIN, notThePin(mistaken));
        }
        CallRecord completed = call(wrongPins.answer(NEXT_MENU, "9"));
        CallRecord hungUp = call(Walk.on(Line.TTY).chooseLanguage(Language.ENGLISH).hangUpAt(MAIN_MENU));

        Scrape after = scrape();
        assertThat(LINE.auditOf(transferred).endReason()).isEqualTo("transferred");
        assertThat(LINE.auditOf(completed).endReason()).isEqualTo("goodbye");
        for (String line : List.of("helpline", "tty")) {
            for (String outcome : OUTCOMES) {
                double expected = switch (line + " " + outcome) {
                    case "helpline transferred", "helpline completed", "tty hung_up" -> 1;
                    default -> 0;
                };
                assertThat(after.value(calls(line, outcome)) - before.value(calls(line, outcome)))
                        .as("%s calls that ended %s", line, outcome).isEqualTo(expected);
            }
            assertThat(after.value("ivr_calls_in_progress{line=\"" + line + "\"}")).as("%s calls in progress", line).isZero();
        }
        int commands = transferred.commandCount() + completed.commandCount() + hungUp.commandCount();
        assertThat(after.value("ivr_agi_step_seconds_count") - before.value("ivr_agi_step_seconds_count"))
                .as("one step per command").isGreaterThanOrEqualTo(commands);
        assertThat(after.series()).containsKeys("ivr_agi_step_seconds_bucket{le=\"0.001\"}", "ivr_agi_step_seconds_bucket{le=\"0.1\"}",
                "ivr_agi_step_seconds_sum", "ivr_agi_step_seconds_max");
        // Nothing the callers keyed or Asterisk sent about them is in the metrics.
        assertThat(after.text()).doesNotContain(verified.caseNumber().digits(), verified.noncustodial().pin().digits(),
                mistaken.caseNumber().digits(), transferred.uniqueId());
    }

    @Test
    void aCallShowsInProgressOnItsLineWhileItLasts() throws Exception {
        CountDownLatch atTheMenu = new CountDownLatch(1);
        CountDownLatch scraped = new CountDownLatch(1);
        CompletableFuture<CallRecord> call = CompletableFuture.supplyAsync(() -> LINE.call(CallSetup.forScript("helpline"), turn -> {
            if (!turn.isInput()) {
                return CallerAction.silence();
            }
            atTheMenu.countDown();
            try {
                scraped.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return CallerAction.hangUp();
        }));
        try {
            assertThat(atTheMenu.await(20, TimeUnit.SECONDS)).as("the caller reached the first question").isTrue();
            Scrape during = scrape();
            assertThat(during.value("ivr_calls_in_progress{line=\"helpline\"}")).isEqualTo(1);
            assertThat(during.value("ivr_calls_in_progress{line=\"tty\"}")).isZero();
        } finally {
            scraped.countDown();
        }
        call.get(20, TimeUnit.SECONDS);
        assertThat(scrape().value("ivr_calls_in_progress{line=\"helpline\"}")).isZero();
    }

    @Test
    void theDatabasePoolAndTheJvmAreThereToo() throws Exception {
        assertThat(scrape().series()).containsKeys(
                "hikaricp_connections_active{pool=\"embedded\"}",
                "hikaricp_connections_idle{pool=\"embedded\"}",
                "hikaricp_connections_pending{pool=\"embedded\"}",
                "hikaricp_connections_max{pool=\"embedded\"}",
                "process_cpu_usage");
        assertThat(scrape().text()).contains("jvm_threads_live_threads", "jvm_memory_used_bytes");
    }

    private static CallRecord call(Walk walk) {
        CallRecord call = LINE.call(walk.setup(), walk.caller());
        assertThat(walk.caller().pendingSteps()).as("steps the caller never took").isEmpty();
        return call;
    }

    private static String notThePin(DemoCase supportCase) {
        return supportCase.noncustodial().pin().digits().equals("11111") ? "22222" : "11111";
    }

    private static String calls(String line, String outcome) {
        return "ivr_calls_total{line=\"" + line + "\",outcome=\"" + outcome + "\"}";
    }

    /** As Prometheus would scrape it: no session, no credentials. */
    private static Scrape scrape() throws IOException, InterruptedException {
        int port = Integer.parseInt(LINE.bean(Environment.class).getProperty("local.server.port"));
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("no sign-in needed").isEqualTo(200);
        return Scrape.of(response.body());
    }

    /** Prometheus' text format: each sample line is the series (name and labels) and its value. */
    private record Scrape(String text, Map<String, Double> series) {
        static Scrape of(String text) {
            Map<String, Double> series = new HashMap<>();
            text.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(line -> {
                int space = line.lastIndexOf(' ');
                series.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
            });
            return new Scrape(text, series);
        }

        double value(String name) {
            assertThat(series).containsKey(name);
            return series.get(name);
        }
    }
}
