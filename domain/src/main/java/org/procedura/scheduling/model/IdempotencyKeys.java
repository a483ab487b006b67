package org.procedura.scheduling.model;

import java.time.Instant;
import java.util.Optional;

/**
 * Booking requests already answered, by idempotency key. A key is claimed before the booking's
 * transaction, completed inside it, and released if the booking fails.
 */
public interface IdempotencyKeys {

  /**
   * Claims the key for a request with this fingerprint, in a transaction of its own, so that every
   * other request sees the claim at once. Returns empty when the caller now holds the key (go ahead
   * and book), or the appointment that an earlier request with the same key and fingerprint booked.
   * While another request holds the key, this waits until that one completes or releases it; a
   * claim still pending after its lease, left by an instance that stopped, is taken over (by one of
   * several racing retries).
   *
   * @throws org.procedura.shared.model.UnprocessableException {@code IDEMPOTENCY_KEY_REUSED} when
   *     the key was used for a different request
   * @throws org.procedura.shared.model.ConflictException {@code IDEMPOTENCY_KEY_IN_USE} when the
   *     request holding the key is still not done after a reasonable wait
   */
  Optional<AppointmentId> claim(IdempotencyKey key, String fingerprint);

  /**
   * Records what the claimed key booked, in the booking's transaction.
   *
   * @throws org.procedura.shared.model.ConflictException {@code IDEMPOTENCY_KEY_IN_USE} when the
   *     claim outlived its lease and a retry that took it over completed it first
   */
  void complete(IdempotencyKey key, AppointmentId booked);

  /**
   * Gives back a key whose booking failed, in a transaction of its own, so that a retry may book.
   */
  void release(IdempotencyKey key);

  /**
   * Forgets the keys last claimed before {@code cutoff}, completed or not, so that the table holds
   * only the retries still to be expected. Returns how many it forgot.
   */
  int forgetClaimedBefore(Instant cutoff);
}
