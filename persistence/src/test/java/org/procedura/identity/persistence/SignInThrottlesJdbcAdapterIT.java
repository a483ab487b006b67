package org.procedura.identity.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.procedura.identity.application.SignInGuard;
import org.procedura.identity.model.SignInThrottle;
import org.procedura.identity.model.SignInThrottles;
import org.procedura.testing.RealDatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class SignInThrottlesJdbcAdapterIT extends RealDatabaseTest {
  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  @Autowired SignInThrottles throttles;
  @Autowired TransactionTemplate transaction;

  @Test
  void concurrentFailuresForANewNameAreEachCountedAndNoneFails() throws Exception {
    var guard =
        new SignInGuard(
            throttles,
            Clock.fixed(NOW, ZoneOffset.UTC),
            new SignInGuard.Limits(1000, 1000, Duration.ofMinutes(15)));
    String username = "guess-" + UUID.randomUUID();
    int workers = 8;
    int failuresEach = 5;
    var start = new CountDownLatch(1);
    var pool = Executors.newFixedThreadPool(workers);
    try {
      var results = new ArrayList<Future<Void>>();
      for (int w = 0; w < workers; w++) {
        String address = "10.9.0." + w;
        Callable<Void> attempt =
            () -> {
              start.await();
              for (int i = 0; i < failuresEach; i++) {
                transaction.executeWithoutResult(s -> guard.failed(username, address));
              }
              return null;
            };
        results.add(pool.submit(attempt));
      }
      start.countDown();
      for (var result : results) {
        result.get();
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(throttles.find("user:" + username))
        .get()
        .extracting(SignInThrottle::failures)
        .isEqualTo(workers * failuresEach);
  }

  @Test
  void claimingAnUnknownKeyCountsNothingYet() {
    String key = "user:nobody-" + UUID.randomUUID();

    SignInThrottle claimed = transaction.execute(s -> throttles.claim(key, NOW));

    assertThat(claimed.failures()).isZero();
    assertThat(claimed.lockedAt(NOW)).isFalse();
  }

  @Test
  void forgetsQuietThrottlesThatAreNotLocked() {
    Instant quietSince = Instant.parse("2001-02-03T04:05:06Z");
    Instant now = quietSince.plus(Duration.ofMinutes(15));
    String run = UUID.randomUUID().toString();
    throttles.save(new SignInThrottle("user:quiet-" + run, 2, quietSince, null));
    throttles.save(new SignInThrottle("user:recent-" + run, 2, quietSince.plusSeconds(1), null));
    throttles.save(new SignInThrottle("user:lock-over-" + run, 9, quietSince, now));
    throttles.save(new SignInThrottle("user:locked-" + run, 9, quietSince, now.plusSeconds(1)));

    assertThat(throttles.forgetQuiet(quietSince, now)).isEqualTo(2);

    assertThat(throttles.find("user:quiet-" + run)).isEmpty();
    assertThat(throttles.find("user:lock-over-" + run)).isEmpty();
    assertThat(throttles.find("user:recent-" + run)).isPresent();
    assertThat(throttles.find("user:locked-" + run)).isPresent();
    throttles.clear("user:recent-" + run);
    throttles.clear("user:locked-" + run);
  }
}
