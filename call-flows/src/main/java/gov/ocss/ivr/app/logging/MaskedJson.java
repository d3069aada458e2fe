package gov.ocss.ivr.app.logging;

import org.springframework.boot.json.JsonWriter.Members;
import org.springframework.boot.json.JsonWriter.ValueProcessor;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;

/**
 * Every text of a JSON log line (Spring Boot's structured logging: the message, the stack trace, the
 * MDC's values, whatever a format adds) with {@link SecretMasking} applied, as the pattern's
 * conversion words have it for plain lines. Named by {@code logging.structured.json.customizer} in
 * application.properties, so it holds for every structured format and appender.
 */
public class MaskedJson implements StructuredLoggingJsonMembersCustomizer<Object> {
    @Override
    public void customize(Members<Object> members) {
        members.applyingValueProcessor(ValueProcessor.of(String.class, SecretMasking::mask));
    }
}
