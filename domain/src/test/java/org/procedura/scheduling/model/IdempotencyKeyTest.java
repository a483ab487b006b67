package org.procedura.scheduling.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.shared.model.DomainAssertions.assertInvalid;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdempotencyKeyTest {

  @Test
  void acceptsEightToOneHundredVisibleCharacters() {
    assertThat(new IdempotencyKey("abcd-123").value()).isEqualTo("abcd-123");
    assertThat(new IdempotencyKey("k".repeat(100)).value()).hasSize(100);
    assertThat(new IdempotencyKey("!~{}[]#$").value()).isEqualTo("!~{}[]#$");
  }

  @Test
  void trimsSurroundingSpace() {
    assertThat(new IdempotencyKey("  booking-0001 ").value()).isEqualTo("booking-0001");
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc-123", "with space", "tab\tinside", "naïve-key", ""})
  void refusesAKeyOfTheWrongShape(String key) {
    assertInvalid("Idempotency-Key", () -> new IdempotencyKey(key));
  }

  @Test
  void refusesAKeyOfOneHundredAndOneCharacters() {
    assertInvalid("Idempotency-Key", () -> new IdempotencyKey("k".repeat(101)));
  }
}
