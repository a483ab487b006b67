package org.procedura.scheduling.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.procedura.shared.model.UnprocessableException;

/**
 * Idempotency keys in memory, for one caller at a time: a key is remembered with the booking it led
 * to; a key released by a booking that failed is free again. A key claimed and neither completed
 * nor released is an error here (the database adapter would wait for its holder).
 */
public final class InMemoryIdempotencyKeys implements IdempotencyKeys {
  private record Claim(String fingerprint, AppointmentId booked) {}

  private final Map<IdempotencyKey, Claim> claims = new HashMap<>();

  @Override
  public Optional<AppointmentId> claim(IdempotencyKey key, String fingerprint) {
    Claim earlier = claims.get(key);
    if (earlier == null) {
      claims.put(key, new Claim(fingerprint, null));
      return Optional.empty();
    }
    if (earlier.booked() == null) {
      throw new IllegalStateException(
          "key " + key + " was claimed and never completed or released");
    }
    if (!earlier.fingerprint().equals(fingerprint)) {
      throw new UnprocessableException(
          "IDEMPOTENCY_KEY_REUSED",
          "this Idempotency-Key was used for a different request; use a new key for a new booking");
    }
    return Optional.of(earlier.booked());
  }

  @Override
  public void complete(IdempotencyKey key, AppointmentId booked) {
    Claim claimed = claims.get(key);
    if (claimed == null) {
      throw new IllegalStateException("key " + key + " was never claimed");
    }
    claims.put(key, new Claim(claimed.fingerprint(), booked));
  }

  @Override
  public void release(IdempotencyKey key) {
    Claim claimed = claims.get(key);
    if (claimed == null || claimed.booked() != null) {
      throw new IllegalStateException("key " + key + " is not held by a booking in progress");
    }
    claims.remove(key);
  }

  /** How many keys have led to a booking. */
  public long completed() {
    return claims.values().stream().filter(claim -> claim.booked() != null).count();
  }

  /** Remembers no times: forgets nothing (the database adapter's test covers the cutoff). */
  @Override
  public int forgetClaimedBefore(java.time.Instant cutoff) {
    return 0;
  }
}
