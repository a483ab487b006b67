package org.procedura.identity.model;

import java.time.Duration;
import java.time.Instant;

/**
 * Failed sign-ins counted for one key (a username or a client address). Reaching the limit locks
 * the key for the lockout period; a failure after a quiet lockout period, or after a lock has run
 * out, counts from one again.
 */
public record SignInThrottle(String key, int failures, Instant lastFailureAt, Instant lockedUntil) {

  public boolean lockedAt(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  public SignInThrottle failedAt(Instant now, int limit, Duration lockout) {
    boolean startOver =
        lastFailureAt == null
            || lockedUntil != null && !now.isBefore(lockedUntil)
            || !now.isBefore(lastFailureAt.plus(lockout));
    int counted = startOver ? 1 : failures + 1;
    Instant lock = counted >= limit ? now.plus(lockout) : null;
    return new SignInThrottle(key, counted, now, lock);
  }
}
