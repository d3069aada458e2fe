package gov.ocss.ivr.ledger;

import java.util.Optional;

/**
 * A case number as printed on the agency's letters: ten digits, the last a Luhn check digit
 * over the first nine, so a mistyped number is caught on the phone before any database look-up.
 * Its {@link #toString()} shows only the last four digits: what a caller keyed stays out of logs.
 */
public final class CaseNumber {
    public static final int LENGTH = 10;

    private final String digits;

    private CaseNumber(String digits) {
        this.digits = digits;
    }

    /** The case number the caller keyed or typed, if it is ten digits with a valid check digit. */
    public static Optional<CaseNumber> parse(String keyed) {
        if (keyed == null || keyed.length() != LENGTH) {
            return Optional.empty();
        }
        for (int i = 0; i < LENGTH; i++) {
            if (keyed.charAt(i) < '0' || keyed.charAt(i) > '9') {
                return Optional.empty();
            }
        }
        if (checkDigit(keyed.substring(0, LENGTH - 1)) != keyed.charAt(LENGTH - 1) - '0') {
            return Optional.empty();
        }
        return Optional.of(new CaseNumber(keyed));
    }

    /** The case number whose first nine digits are {@code base}, with its check digit appended. */
    public static CaseNumber withCheckDigit(long base) {
        if (base < 0 || base > 999_999_999L) {
            throw new IllegalArgumentException("a case number base has nine digits");
        }
        String nine = String.format("%09d", base);
        return new CaseNumber(nine + checkDigit(nine));
    }

    static int checkDigit(String payload) {
        int sum = 0;
        // Luhn: double every second digit counting from the right, where the check digit will go.
        for (int i = payload.length() - 1, position = 0; i >= 0; i--, position++) {
            int d = payload.charAt(i) - '0';
            if (position % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return (10 - sum % 10) % 10;
    }

    public String digits() {
        return digits;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CaseNumber that && digits.equals(that.digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    @Override
    public String toString() {
        return "case ******" + digits.substring(LENGTH - 4);
    }
}
