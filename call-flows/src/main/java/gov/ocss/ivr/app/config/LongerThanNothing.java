package gov.ocss.ivr.app.config;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Period;

/**
 * A period setting ({@code 3y}, {@code 2555d}) that must be longer than nothing, with no part of it
 * negative. Bean Validation's own constraints know numbers and Hibernate Validator's know durations,
 * but none knows a {@link Period}.
 */
@Documented
@Constraint(validatedBy = LongerThanNothing.PeriodCheck.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface LongerThanNothing {

    String message() default "must be a period longer than nothing, such as 3y";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class PeriodCheck implements ConstraintValidator<LongerThanNothing, Period> {
        @Override
        public boolean isValid(Period period, ConstraintValidatorContext context) {
            return period == null || !(period.isNegative() || period.isZero());
        }
    }
}
