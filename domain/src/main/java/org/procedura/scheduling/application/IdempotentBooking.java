package org.procedura.scheduling.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;
import org.procedura.scheduling.model.Appointment;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.scheduling.model.Appointments;
import org.procedura.scheduling.model.IdempotencyKey;
import org.procedura.scheduling.model.IdempotencyKeys;
import org.procedura.shared.model.NotFoundException;

/**
 * Books once per {@code Idempotency-Key}. The key is claimed before the booking's transaction
 * begins, so that the database, not the interleaving of transactions, decides which of several
 * concurrent retries books: the one whose claim is stored books and completes the key in its own
 * transaction; the others wait for it and answer with the same appointment. A booking that fails
 * gives its key back, so a retry may book. Deliberately not transactional itself.
 */
public class IdempotentBooking {
  private final IdempotencyKeys keys;
  private final Appointments appointments;

  public IdempotentBooking(IdempotencyKeys keys, Appointments appointments) {
    this.keys = keys;
    this.appointments = appointments;
  }

  /**
   * @param booking books in a transaction of its own and completes the key handed to it (null
   *     without a key) in that transaction, e.g. {@link BookProcedure#book}
   */
  public Booking book(
      IdempotencyKey key, Record command, Function<IdempotencyKey, Appointment> booking) {
    if (key == null) {
      return new Booking(booking.apply(null), false);
    }
    Optional<AppointmentId> earlier = keys.claim(key, fingerprint(command));
    if (earlier.isPresent()) {
      return new Booking(
          appointments
              .find(earlier.get())
              .orElseThrow(() -> new NotFoundException("appointment", earlier.get())),
          true);
    }
    try {
      return new Booking(booking.apply(key), false);
    } catch (RuntimeException refused) {
      try {
        keys.release(key);
      } catch (RuntimeException notReleased) {
        refused.addSuppressed(notReleased);
      }
      throw refused;
    }
  }

  /** The same command gives the same fingerprint; records print every component in order. */
  static String fingerprint(Record command) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(command.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
