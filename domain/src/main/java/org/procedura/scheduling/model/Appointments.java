package org.procedura.scheduling.model;

import java.util.List;
import java.util.Optional;

/** The appointment book. */
public interface Appointments {

  Optional<Appointment> find(AppointmentId id);

  /**
   * Stores a new appointment or the changes to a loaded one, together with the time cells it holds,
   * in the caller's transaction.
   *
   * @throws org.procedura.shared.model.ConflictException {@code SLOT_TAKEN} when the database
   *     refuses a cell because a concurrent booking holds it
   * @throws org.procedura.shared.model.StaleVersionException when another change came first
   */
  Appointment save(Appointment appointment);

  /** The appointments, other than this one, that hold what this one needs at that time. */
  List<SlotConflict> conflictsOf(Appointment appointment);
}
