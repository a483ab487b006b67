package org.procedura.scheduling.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.scheduling.model.IdempotencyKey;
import org.procedura.scheduling.model.IdempotencyKeys;

class IdempotencyKeyRetentionTest {
  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  private final List<Instant> cutoffs = new ArrayList<>();
  private final IdempotencyKeys keys =
      new IdempotencyKeys() {
        @Override
        public Optional<AppointmentId> claim(IdempotencyKey key, String fingerprint) {
          throw new UnsupportedOperationException();
        }

        @Override
        public void complete(IdempotencyKey key, AppointmentId booked) {
          throw new UnsupportedOperationException();
        }

        @Override
        public void release(IdempotencyKey key) {
          throw new UnsupportedOperationException();
        }

        @Override
        public int forgetClaimedBefore(Instant cutoff) {
          cutoffs.add(cutoff);
          return 4;
        }
      };

  @Test
  void forgetsTheKeysClaimedBeforeTheRetentionAgo() {
    var retention =
        new IdempotencyKeyRetention(keys, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofDays(7));

    assertThat(retention.forgetExpired()).isEqualTo(4);
    assertThat(cutoffs).containsExactly(Instant.parse("2026-02-22T10:00:00Z"));
  }

  @Test
  void keepsKeysForAnHourAtLeast() {
    var clock = Clock.fixed(NOW, ZoneOffset.UTC);
    assertThat(new IdempotencyKeyRetention(keys, clock, Duration.ofHours(1))).isNotNull();
    assertThatThrownBy(() -> new IdempotencyKeyRetention(keys, clock, Duration.ofMinutes(59)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
