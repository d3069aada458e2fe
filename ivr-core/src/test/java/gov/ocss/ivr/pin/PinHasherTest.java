package gov.ocss.ivr.pin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The keyed PIN hash: what a stolen copy of the ledger does not give away, and how keys are rotated. */
class PinHasherTest {
    private static final byte[] OLD_KEY = "an old PIN key of thirty-two bytes or more".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NEW_KEY = "the new PIN key, also thirty-two bytes or more".getBytes(StandardCharsets.US_ASCII);

    private final PinHasher before = new PinHasher(Map.of(1, OLD_KEY), 1);
    private final PinHasher rotated = new PinHasher(Map.of(1, OLD_KEY, 2, NEW_KEY), 2);

    @Test
    void theSamePinHashesDifferentlyForEachPersonAndEachKey() {
        assertThat(before.hash(41, "24680")).hasSize(32)
                .isNotEqualTo(before.hash(42, "24680"))
                .isNotEqualTo(rotated.hash(41, "24680"))
                .isEqualTo(before.hash(41, "24680"));
    }

    @Test
    void afterARotationOldHashesStillVerifyWithTheirKeyAndNewOnesUseTheNewKey() {
        byte[] oldHash = before.hash(41, "24680");

        assertThat(rotated.currentVersion()).isEqualTo(2);
        assertThat(rotated.matches(41, "24680", oldHash, 1)).as("an old hash under its own key version").isTrue();
        assertThat(rotated.matches(41, "24680", oldHash, 2)).as("an old hash taken for a new one").isFalse();
        assertThat(rotated.matches(41, "24680", rotated.hash(41, "24680"), 2)).isTrue();
        assertThat(before.matches(41, "24680", rotated.hash(41, "24680"), 2)).as("a key version this server lacks").isFalse();
    }

    @Test
    void onlyTheRightPinOfTheRightPersonMatches() {
        byte[] stored = rotated.hash(41, "24680");

        assertThat(rotated.matches(41, "24681", stored, 2)).isFalse();
        assertThat(rotated.matches(42, "24680", stored, 2)).isFalse();
        assertThat(rotated.matches(41, "24680", new byte[0], 2)).isFalse();
    }

    @Test
    void aShortKeyOrACurrentVersionWithNoKeyIsRefused() {
        assertThatThrownBy(() -> new PinHasher(Map.of(1, new byte[31]), 1)).hasMessageContaining("shorter than 32 bytes");
        assertThatThrownBy(() -> new PinHasher(Map.of(1, OLD_KEY), 2)).hasMessageContaining("no PIN key with version 2");
    }
}
