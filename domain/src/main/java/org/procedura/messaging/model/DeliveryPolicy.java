package org.procedura.messaging.model;

import java.time.Duration;
import org.procedura.shared.model.Check;

/**
 * How hard a dispatcher tries: a failed attempt is retried after {@code firstRetry}, doubling up to
 * {@code longestRetry}, until {@code maxAttempts} have failed; a claim lasts {@code lease}, well
 * above the longest delivery, and a round claims at most {@code batch} messages.
 */
public record DeliveryPolicy(
    int maxAttempts, Duration firstRetry, Duration longestRetry, Duration lease, int batch) {
  public DeliveryPolicy {
    if (maxAttempts < 1 || batch < 1) {
      throw new IllegalArgumentException("at least one attempt and one message per round");
    }
    Check.present(firstRetry, "firstRetry");
    Check.present(longestRetry, "longestRetry");
    Check.present(lease, "lease");
    if (firstRetry.isNegative() || longestRetry.compareTo(firstRetry) < 0 || lease.isZero()) {
      throw new IllegalArgumentException("retries grow from the first to the longest; lease > 0");
    }
  }

  /** Whether another attempt follows the failed {@code attempt} (counted from 1). */
  public boolean retriesAfter(int attempt) {
    return attempt < maxAttempts;
  }

  /** The pause after the failed {@code attempt}: the first retry, doubled each time, capped. */
  public Duration pauseAfter(int attempt) {
    Duration pause = firstRetry;
    for (int i = 1; i < attempt && pause.compareTo(longestRetry) < 0; i++) {
      pause = pause.multipliedBy(2);
    }
    return pause.compareTo(longestRetry) > 0 ? longestRetry : pause;
  }
}
