package gov.ocss.ivr.remail;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** A date of birth as a caller keys it: month, day and four-digit year, eight digits (MMDDYYYY). */
public final class KeyedDateOfBirth {
    public static final int LENGTH = 8;

    private static final DateTimeFormatter MMDDUUUU =
            DateTimeFormatter.ofPattern("MMdduuuu").withResolverStyle(ResolverStyle.STRICT);

    private KeyedDateOfBirth() {
    }

    /** The date keyed, if it is eight digits naming a real calendar date (no February 30th). */
    public static Optional<LocalDate> parse(String keyed) {
        if (keyed == null || keyed.length() != LENGTH || !keyed.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(keyed, MMDDUUUU));
        } catch (DateTimeException notADate) {
            return Optional.empty();
        }
    }
}
