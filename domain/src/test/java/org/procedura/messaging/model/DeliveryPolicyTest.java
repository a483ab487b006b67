package org.procedura.messaging.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeliveryPolicyTest {
  private final DeliveryPolicy policy =
      new DeliveryPolicy(
          5, Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(2), 50);

  @Test
  void thePauseDoublesUpToTheLongest() {
    assertThat(policy.pauseAfter(1)).isEqualTo(Duration.ofMinutes(1));
    assertThat(policy.pauseAfter(2)).isEqualTo(Duration.ofMinutes(2));
    assertThat(policy.pauseAfter(3)).isEqualTo(Duration.ofMinutes(4));
    assertThat(policy.pauseAfter(4)).isEqualTo(Duration.ofMinutes(5));
    assertThat(policy.pauseAfter(40)).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void retriesUntilTheLastAttemptHasFailed() {
    assertThat(policy.retriesAfter(4)).isTrue();
    assertThat(policy.retriesAfter(5)).isFalse();
  }
}
