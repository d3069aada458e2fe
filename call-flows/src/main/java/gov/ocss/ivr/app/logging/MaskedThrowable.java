package gov.ocss.ivr.app.logging;

import ch.qos.logback.classic.spi.IThrowableProxy;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/**
 * The stack trace of a log line (Spring Boot's {@code %wEx}: on its own lines, with the jar of each
 * frame), with {@link SecretMasking} applied: an exception's message can carry what a caller keyed
 * (a parse error quoting its input, a JDBC error quoting a bound value or the row it clashed with).
 * Every throwable conversion word is mapped to this one, so no pattern can print an unmasked trace.
 */
public class MaskedThrowable extends ExtendedWhitespaceThrowableProxyConverter {
    @Override
    protected String throwableProxyToString(IThrowableProxy throwable) {
        return SecretMasking.mask(super.throwableProxyToString(throwable));
    }
}
