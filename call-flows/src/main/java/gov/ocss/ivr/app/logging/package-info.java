/**
 * The one place that keeps secrets out of the log: PINs, case numbers, SSNs, dates of birth and
 * whatever digits a caller keyed. {@code logback-spring.xml} puts {@link gov.ocss.ivr.app.logging.MaskedMessage}
 * behind every message conversion word and {@link gov.ocss.ivr.app.logging.MaskedThrowable} behind every
 * stack-trace word, so every log line the application writes, ours or a library's, at any level, goes
 * through {@link gov.ocss.ivr.app.logging.SecretMasking}.
 */
package gov.ocss.ivr.app.logging;
