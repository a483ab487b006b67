package org.procedura.scheduling.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.procedura.shared.model.UnprocessableException;

/**
 * Idempotency keys in memory, behaving like the database adapter once its transaction has ended: a
 * key is remembered with the booking it led to; a key claimed by a booking that then failed is, as
 * after the adapter's rollback, free again.
 */
public final class InMemoryIdempotencyKeys implements IdempotencyKeys {
  private record Claim(String fingerprint, AppointmentId booked) {}

  private final Map<IdempotencyKey, Claim> claims = new HashMap<>();

  @Override
  public Optional<AppointmentId> claim(IdempotencyKey key, String fingerprint) {
    Claim earlier = claims.get(key);
    if (earlier == null || earlier.booked() == null) {
      claims.put(key, new Claim(fingerprint, null));
      return Optional.empty();
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

  /** How many keys have led to a booking. */
  public long completed() {
    return claims.values().stream().filter(claim -> claim.booked() != null).count();
  }
}
