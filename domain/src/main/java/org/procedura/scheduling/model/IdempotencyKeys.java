package org.procedura.scheduling.model;

import java.util.Optional;

/** Booking requests already answered, by idempotency key. */
public interface IdempotencyKeys {

  /**
   * Claims the key for a request with this fingerprint, in the caller's transaction. Returns empty
   * when the key is new (go ahead and book), or the appointment that an earlier request with the
   * same key and fingerprint booked. A concurrent request with the same key waits here until the
   * first one's transaction ends.
   *
   * @throws org.procedura.shared.model.UnprocessableException {@code IDEMPOTENCY_KEY_REUSED} when
   *     the key was used for a different request
   */
  Optional<AppointmentId> claim(IdempotencyKey key, String fingerprint);

  /** Records what the claimed key booked. */
  void complete(IdempotencyKey key, AppointmentId booked);
}
