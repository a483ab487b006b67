package org.procedura.scheduling.application;

import java.time.Clock;
import java.time.Duration;
import org.procedura.scheduling.model.IdempotencyKeys;

/**
 * Idempotency keys are kept for as long as a client may still retry a booking, then forgotten: a
 * key last claimed exactly the retention ago is kept, one claimed earlier is forgotten. A retry
 * after that books again, which is why the retention is days, not minutes.
 */
public class IdempotencyKeyRetention {
  private final IdempotencyKeys keys;
  private final Clock clock;
  private final Duration retention;

  public IdempotencyKeyRetention(IdempotencyKeys keys, Clock clock, Duration retention) {
    if (retention == null || retention.compareTo(Duration.ofHours(1)) < 0) {
      throw new IllegalArgumentException("keep idempotency keys for an hour at least");
    }
    this.keys = keys;
    this.clock = clock;
    this.retention = retention;
  }

  /** Returns how many keys were forgotten. */
  public int forgetExpired() {
    return keys.forgetClaimedBefore(clock.instant().minus(retention));
  }
}
