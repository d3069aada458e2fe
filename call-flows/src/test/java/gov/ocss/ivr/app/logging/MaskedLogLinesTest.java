package gov.ocss.ivr.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.MDC;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The application's {@code logback-spring.xml}, loaded into a Logback context of its own as Spring
 * Boot loads it: the message and the stack trace of a line are masked; what the pattern adds around
 * them (the date, the level, the line and the call's unique id from the MDC) is not.
 */
@ExtendWith(OutputCaptureExtension.class)
class MaskedLogLinesTest {
    private final LoggerContext context = new LoggerContext();

    @AfterEach
    void stop() {
        MDC.clear();
        context.stop();
    }

    @Test
    void theMessageAndTheStackTraceAreMaskedAndTheLinesFramingIsNot(CapturedOutput output) throws JoranException {
        Logger log = configured(null).getLogger("gov.ocss.ivr.test");
        MDC.put("line", "helpline");
        MDC.put("call", "1700000000.123");

        log.info("keyed {} then {}", "5236295464", "80024",
                new IllegalArgumentException("not a date: 1980-01-15", new IllegalStateException("pin=80024")));

        String written = output.getOut();
        assertThat(written).contains(LocalDate.now() + " ", " INFO ", "[helpline 1700000000.123] ",
                "keyed ********** then *****", "java.lang.IllegalArgumentException: not a date: ****-**-**",
                "Caused by: java.lang.IllegalStateException: pin=*****", "\tat gov.ocss.ivr.app.logging.MaskedLogLinesTest");
        assertThat(written.contains("5236295464") || written.contains("80024") || written.contains("1980-01-15"))
                .as("a secret in the output").isFalse();
    }

    /** logging.exception-conversion-word may name any of Logback's words for a stack trace: each is masked. */
    @ParameterizedTest
    @ValueSource(strings = {"%ex", "%exception", "%throwable", "%xEx", "%xException", "%xThrowable", "%wex", "%wEx",
            "%rEx", "%rootException"})
    void everyWordForAStackTraceIsMasked(String word, CapturedOutput output) throws JoranException {
        Logger log = configured(word).getLogger("gov.ocss.ivr.test");

        log.error("failed", new IllegalStateException("case 5236295464"));

        assertThat(output.getOut()).contains("java.lang.IllegalStateException: case **********").doesNotContain("5236295464");
    }

    private LoggerContext configured(String exceptionWord) throws JoranException {
        context.setMDCAdapter(MDC.getMDCAdapter());
        // What Spring Boot sets from application.properties before it loads the file.
        context.putProperty("LOG_CORRELATION_PATTERN", "[%X{line:-} %X{call:-}] ");
        context.putProperty("LOG_DATEFORMAT_PATTERN", "yyyy-MM-dd");
        if (exceptionWord != null) {
            context.putProperty("LOG_EXCEPTION_CONVERSION_WORD", exceptionWord);
        }
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(getClass().getResource("/logback-spring.xml"));
        return context;
    }
}
