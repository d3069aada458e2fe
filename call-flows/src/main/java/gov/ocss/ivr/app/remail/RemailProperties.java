package gov.ocss.ivr.app.remail;

import gov.ocss.ivr.remail.letter.LetterSettings;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Printing the PIN-letter queue, and what the letters say about where to go next.
 *
 * @param printInterval  how often the server prints what is queued ({@code 0} never: staff print from the console)
 * @param batchSize      letters in one print batch (one PDF)
 * @param portalAddress  where the letter sends a parent to create or link an online account
 * @param helplineNumber the help line, as the letter prints it
 * @param ttyNumber      the TTY line, as the letter prints it
 * @param unmailedBatchKept    how long a print batch nobody marks mailed keeps its PDF (and the new PINs in it)
 *                             before the server erases it, cancels its requests and revokes their PINs
 * @param unmailedBatchWarning how long before that supervisors see the batch in the console's warning
 */
@Validated
@ConfigurationProperties("ivr.remail")
public record RemailProperties(@DefaultValue("1h")
                               @DurationMin(seconds = 0, message = "must be a duration such as 1h, or 0 to print only from the console")
                               Duration printInterval,
                               @DefaultValue("200") @Min(value = 1, message = "must be 1 or more") int batchSize,
                               @DefaultValue(LetterSettings.DEFAULT_PORTAL) String portalAddress,
                               @DefaultValue(LetterSettings.DEFAULT_HELPLINE) String helplineNumber,
                               @DefaultValue(LetterSettings.DEFAULT_TTY) String ttyNumber,
                               @DefaultValue("14d") @DurationMin(hours = 1, message = "must be a duration of an hour or more, such as 14d")
                               Duration unmailedBatchKept,
                               @DefaultValue("3d") @DurationMin(seconds = 0, message = "must be a duration such as 3d, or 0 for no warning")
                               Duration unmailedBatchWarning) {
}
