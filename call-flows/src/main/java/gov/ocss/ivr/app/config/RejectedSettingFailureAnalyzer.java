package gov.ocss.ivr.app.config;

import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.bind.validation.ValidationErrors;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * A setting its {@code @Validated} properties record rejects, said as {@link ConfigurationProblem}s
 * are: the property as the README spells it, with its environment variable, and what it must be.
 * Spring Boot's own report names a record's property in camel case and ends "Update your
 * application's configuration". The value is left out, so no setting is ever echoed to the log.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class RejectedSettingFailureAnalyzer extends AbstractFailureAnalyzer<BindValidationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, BindValidationException cause) {
        ValidationErrors errors = cause.getValidationErrors();
        String rejected = errors.getAllErrors().stream()
                .map(error -> property(errors, error) + " " + error.getDefaultMessage() + ".")
                .collect(Collectors.joining("\n"));
        return new FailureAnalysis(rejected, "Change the settings above, or leave them unset for their defaults (see the README's Settings).",
                cause);
    }

    private static String property(ValidationErrors errors, ObjectError error) {
        return error instanceof FieldError field
                ? named(errors.getName() + "." + DataObjectPropertyName.toDashedForm(field.getField()))
                : errors.getName().toString();
    }

    /** The property and its environment variable in Spring Boot's canonical form (dots as underscores, no dashes). */
    static String named(String property) {
        return property + " (" + property.toUpperCase(Locale.ROOT).replace('.', '_').replace("-", "") + ")";
    }
}
