package gov.ocss.ivr.ledger;

/** An amount of US money in whole cents. Never a floating-point number. */
public record Money(long cents) implements Comparable<Money> {
    public static final Money ZERO = new Money(0);

    public static Money ofCents(long cents) {
        return new Money(cents);
    }

    public static Money ofDollars(long dollars) {
        return new Money(Math.multiplyExact(dollars, 100));
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(cents, other.cents));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(cents, other.cents));
    }

    public Money negate() {
        return new Money(Math.negateExact(cents));
    }

    public boolean isPositive() {
        return cents > 0;
    }

    public boolean isZero() {
        return cents == 0;
    }

    public static Money min(Money a, Money b) {
        return a.cents <= b.cents ? a : b;
    }

    public static Money max(Money a, Money b) {
        return a.cents >= b.cents ? a : b;
    }

    public long dollarsPart() {
        return Math.abs(cents) / 100;
    }

    public int centsPart() {
        return (int) (Math.abs(cents) % 100);
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(cents, other.cents);
    }

    /** For logs and tests: {@code $1,234.56} or {@code -$0.05}. What callers hear is spelled by the prompts module. */
    @Override
    public String toString() {
        return (cents < 0 ? "-$" : "$") + String.format("%,d.%02d", dollarsPart(), centsPart());
    }
}
