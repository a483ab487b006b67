package org.procedura.identity.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.procedura.identity.model.SignInThrottle;
import org.procedura.identity.model.SignInThrottles;

class SignInGuardTest {
  private final Map<String, SignInThrottle> stored = new HashMap<>();
  private final SignInThrottles throttles =
      new SignInThrottles() {
        @Override
        public Optional<SignInThrottle> find(String key) {
          return Optional.ofNullable(stored.get(key));
        }

        @Override
        public SignInThrottle claim(String key, Instant now) {
          return stored.computeIfAbsent(key, k -> new SignInThrottle(k, 0, now, null));
        }

        @Override
        public void save(SignInThrottle throttle) {
          stored.put(throttle.key(), throttle);
        }

        @Override
        public void clear(String key) {
          stored.remove(key);
        }

        @Override
        public int forgetQuiet(Instant quietSince, Instant now) {
          var quiet =
              stored.values().stream()
                  .filter(t -> !t.lastFailureAt().isAfter(quietSince) && !t.lockedAt(now))
                  .map(SignInThrottle::key)
                  .toList();
          quiet.forEach(stored::remove);
          return quiet.size();
        }
      };
  private final SignInGuard guard =
      new SignInGuard(
          throttles,
          Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC),
          new SignInGuard.Limits(3, 5, Duration.ofMinutes(15)));

  @Test
  void locksTheUsernameWhateverItsCaseAfterTheLimit() {
    for (int i = 0; i < 3; i++) {
      guard.failed("Nurse", "10.0.0.1");
    }

    assertThat(guard.locked("nurse", "10.0.0.2")).isTrue();
    assertThat(guard.locked("physician", "10.0.0.2")).isFalse();
  }

  @Test
  void locksTheAddressAfterFailuresAcrossNames() {
    for (int i = 0; i < 5; i++) {
      guard.failed("name" + i, "10.0.0.1");
    }

    assertThat(guard.locked("anyone", "10.0.0.1")).isTrue();
    assertThat(guard.locked("anyone", "10.0.0.2")).isFalse();
  }

  @Test
  void aSuccessClearsTheUsernamesCount() {
    guard.failed("nurse", "10.0.0.1");
    guard.failed("nurse", "10.0.0.1");
    guard.succeeded("nurse");
    guard.failed("nurse", "10.0.0.1");

    assertThat(guard.locked("nurse", "10.0.0.3")).isFalse();
  }

  @Test
  void forgetsOnlyThrottlesQuietForAWholeLockoutAndNotLocked() {
    Instant now = Instant.parse("2026-03-01T10:00:00Z");
    stored.put("user:a", new SignInThrottle("user:a", 2, now.minusSeconds(15 * 60), null));
    stored.put("user:b", new SignInThrottle("user:b", 2, now.minusSeconds(15 * 60 - 1), null));
    stored.put("user:c", new SignInThrottle("user:c", 3, now.minusSeconds(3600), now));
    stored.put(
        "user:d", new SignInThrottle("user:d", 3, now.minusSeconds(3600), now.plusSeconds(1)));

    assertThat(guard.forgetQuiet()).isEqualTo(2);

    assertThat(stored).containsOnlyKeys("user:b", "user:d");
    assertThat(guard.locked("d", "10.0.0.9")).isTrue();
  }

  @Test
  void aFailureAfterForgettingCountsAsItWouldHaveBefore() {
    Instant now = Instant.parse("2026-03-01T10:00:00Z");
    stored.put("user:a", new SignInThrottle("user:a", 2, now.minusSeconds(15 * 60), null));
    guard.forgetQuiet();

    guard.failed("a", "10.0.0.3");

    assertThat(stored.get("user:a").failures()).isEqualTo(1);
  }
}
