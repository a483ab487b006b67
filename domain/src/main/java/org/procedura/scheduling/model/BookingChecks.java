package org.procedura.scheduling.model;

import java.util.List;
import org.procedura.catalog.model.ProcedureType;

/**
 * The safety and payer rules a procedure booking must pass, checked in the booking's own
 * transaction; the rules module implements it.
 */
public interface BookingChecks {

  /**
   * Checks the procedure about to be booked (or moved), with the acknowledgement a physician gave
   * for warnings (null for none).
   *
   * @return what was checked, to be recorded with the appointment
   * @throws org.procedura.shared.model.RuleViolationException when a rule blocks it or warnings
   *     lack a physician's acknowledgement
   */
  CheckedRules check(
      Appointment candidate, ProcedureType type, Room room, Acknowledgement acknowledgement);

  /** Records, once the appointment is stored, what it was checked against. */
  void record(AppointmentId appointment, CheckedRules checked);

  /** The medications the patient was told to hold before the appointment; none for most. */
  List<HoldInstruction> holdsOf(AppointmentId appointment);
}
