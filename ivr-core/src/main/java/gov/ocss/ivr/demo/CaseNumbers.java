package gov.ocss.ivr.demo;

import gov.ocss.ivr.ledger.CaseNumber;

/**
 * Demo case numbers: the n-th case of a seed gets a nine-digit base that looks random but is
 * unique, then the Luhn check digit. A Feistel network over 30 bits is a permutation; walking the
 * cycle until the result falls inside the 900,000,000 nine-digit bases keeps it one-to-one.
 */
final class CaseNumbers {
    private static final long FIRST_BASE = 100_000_000L;
    private static final long BASES = 900_000_000L;
    private static final int HALF_BITS = 15;
    private static final long HALF_MASK = (1L << HALF_BITS) - 1;
    private static final int ROUNDS = 4;

    private CaseNumbers() {
    }

    static CaseNumber forCase(long seed, int caseIndex) {
        long x = caseIndex;
        do {
            x = permute(seed, x);
        } while (x >= BASES);
        return CaseNumber.withCheckDigit(FIRST_BASE + x);
    }

    private static long permute(long seed, long x) {
        long left = x >>> HALF_BITS;
        long right = x & HALF_MASK;
        for (int round = 0; round < ROUNDS; round++) {
            long mixed = DemoRandom.mix(seed ^ DemoRandom.mix(round * 0x100000000L + right)) & HALF_MASK;
            long next = left ^ mixed;
            left = right;
            right = next;
        }
        return (left << HALF_BITS) | right;
    }
}
