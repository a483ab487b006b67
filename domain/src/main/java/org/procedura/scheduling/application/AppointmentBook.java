package org.procedura.scheduling.application;

import java.util.List;
import org.procedura.scheduling.model.Appointment;
import org.procedura.scheduling.model.Appointments;
import org.procedura.scheduling.model.IdempotencyKey;
import org.procedura.scheduling.model.IdempotencyKeys;
import org.procedura.scheduling.model.ReferralBookings;
import org.procedura.scheduling.model.SlotConflict;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.ConflictException;

/**
 * Writes appointments into the clinic's book, in the caller's transaction, when their time is free:
 * the usual refusal names who holds the time; the database's unique cells decide a race.
 */
public class AppointmentBook {
  private final Appointments appointments;
  private final ReferralBookings referralBookings;
  private final IdempotencyKeys idempotencyKeys;

  public AppointmentBook(
      Appointments appointments,
      ReferralBookings referralBookings,
      IdempotencyKeys idempotencyKeys) {
    this.appointments = appointments;
    this.referralBookings = referralBookings;
    this.idempotencyKeys = idempotencyKeys;
  }

  /**
   * A new booking: stored, the referral it comes from (if any) marked as scheduled, and the
   * idempotency key it was claimed under (if any) completed with it, all or nothing.
   */
  Appointment enterNew(Appointment appointment, Actor by, IdempotencyKey claimed) {
    Appointment stored = enter(appointment);
    if (stored.getReferral() != null) {
      referralBookings.bookedFrom(stored.getReferral(), stored.getPatient(), stored.getId(), by);
    }
    if (claimed != null) {
      idempotencyKeys.complete(claimed, stored.getId());
    }
    return stored;
  }

  /** A new or a moved appointment, if nobody else holds its time. */
  Appointment enter(Appointment appointment) {
    List<SlotConflict> conflicts = appointments.conflictsOf(appointment);
    if (!conflicts.isEmpty()) {
      throw new ConflictException(
          "SLOT_TAKEN",
          "the time is already held for "
              + conflicts.stream().map(c -> c.resource().name().toLowerCase()).distinct().toList(),
          conflicts);
    }
    return appointments.save(appointment);
  }
}
