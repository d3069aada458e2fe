package gov.ocss.ivr.app.console;

import gov.ocss.ivr.ledger.BusinessCalendar;
import gov.ocss.ivr.ledger.Role;
import gov.ocss.ivr.prompts.Language;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Words and times as the console's pages show them ({@code ${@text.when(...)}} in a template): New York
 * time, plain names for codes.
 */
@Component("text")
public class ConsoleText {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MMM d, yyyy, h:mm a", Locale.US)
            .withZone(BusinessCalendar.ZONE);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);
    private static final Map<String, String> ACTIONS = Map.ofEntries(
            Map.entry("signed_in", "Signed in"),
            Map.entry("signed_out", "Signed out"),
            Map.entry("sign_in", "Sign-in"),
            Map.entry("case_viewed", "Looked at a case"),
            Map.entry("case_searched", "Searched for a case"),
            Map.entry("remail_requested", "Asked for a PIN letter"),
            Map.entry("remail_cancelled", "Cancelled a PIN letter"),
            Map.entry("lock_cleared", "Cleared a phone lock"),
            Map.entry("queue_printed", "Printed the queue"),
            Map.entry("batch_downloaded", "Downloaded a print batch"),
            Map.entry("batch_mailed", "Marked a batch mailed"),
            Map.entry("batch_erased", "Erased a batch never marked mailed"));
    private static final Map<String, String> STATUSES = Map.of(
            "QUEUED", "Queued",
            "PRINTED", "Printed",
            "MAILED", "Mailed",
            "CANCELLED", "Cancelled",
            "REFUSED", "Refused: limit reached");
    private static final Map<String, String> LINES = Map.of("helpline", "Help line", "tty", "TTY line", "staff", "Staff");

    /** "Mar 10, 2026, 10:00 AM", New York time. */
    public String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    /** "14 days", or "36 hours" for a time that is not whole days. */
    public String days(java.time.Duration time) {
        long days = time.toDays();
        if (days > 0 && time.equals(java.time.Duration.ofDays(days))) {
            return days + (days == 1 ? " day" : " days");
        }
        long hours = time.toHours();
        return hours + (hours == 1 ? " hour" : " hours");
    }

    public String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public String action(String code) {
        return ACTIONS.getOrDefault(code, code);
    }

    public String outcome(String code) {
        return code.replace('_', ' ');
    }

    public String status(String code) {
        return STATUSES.getOrDefault(code, code);
    }

    public String line(String code) {
        return LINES.getOrDefault(code, code);
    }

    public String role(Role role) {
        return role == Role.CUSTODIAL ? "Custodial parent" : "Noncustodial parent";
    }

    public String language(Language language) {
        return switch (language) {
            case ENGLISH -> "English";
            case BENGALI -> "Bengali (বাংলা)";
            case ALBANIAN -> "Albanian (shqip)";
        };
    }

    public String languageCode(String code) {
        return Language.fromCode(code).map(this::language).orElse(code);
    }

    /** "523-629-5464": easier to read back over the phone than ten digits in a row. */
    public String caseNumber(String digits) {
        return digits == null || digits.length() != 10 ? digits
                : digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6);
    }

    public String kilobytes(Integer bytes) {
        return bytes == null ? "" : ((bytes + 1023) / 1024) + " KB";
    }
}
