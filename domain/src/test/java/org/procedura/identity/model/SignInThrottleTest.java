package org.procedura.identity.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {
  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  private static final Duration LOCKOUT = Duration.ofMinutes(15);

  @Test
  void theTenthFailureLocksForTheLockoutPeriodAndNotTheNinth() {
    SignInThrottle throttle = failures(9, T0);
    assertThat(throttle.lockedAt(T0)).isFalse();

    SignInThrottle locked = throttle.failedAt(T0.plusSeconds(9), 10, LOCKOUT);

    assertThat(locked.lockedAt(T0.plusSeconds(9))).isTrue();
    assertThat(locked.lockedAt(T0.plusSeconds(9).plus(LOCKOUT).minusMillis(1))).isTrue();
    assertThat(locked.lockedAt(T0.plusSeconds(9).plus(LOCKOUT))).isFalse();
  }

  @Test
  void aFailureAfterTheLockRanOutCountsFromOne() {
    SignInThrottle locked = failures(10, T0);

    SignInThrottle after = locked.failedAt(T0.plus(LOCKOUT).plusSeconds(60), 10, LOCKOUT);

    assertThat(after.failures()).isEqualTo(1);
    assertThat(after.lockedAt(T0.plus(LOCKOUT).plusSeconds(60))).isFalse();
  }

  @Test
  void failuresFurtherApartThanTheLockoutPeriodDoNotAddUp() {
    SignInThrottle throttle = failures(9, T0);

    SignInThrottle later = throttle.failedAt(T0.plusSeconds(8).plus(LOCKOUT), 10, LOCKOUT);

    assertThat(later.failures()).isEqualTo(1);
  }

  private static SignInThrottle failures(int count, Instant start) {
    SignInThrottle throttle = new SignInThrottle("user:someone", 0, null, null);
    for (int i = 0; i < count; i++) {
      throttle = throttle.failedAt(start.plusSeconds(i), 10, LOCKOUT);
    }
    return throttle;
  }
}
