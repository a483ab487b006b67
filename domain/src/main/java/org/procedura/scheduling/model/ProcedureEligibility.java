package org.procedura.scheduling.model;

import java.time.LocalDate;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.patient.model.PatientId;

/**
 * When the safety and payer rules first let a patient have a procedure type, so that an
 * availability search for the patient offers no day a booking would be refused for waiting too
 * little (the pain not yet lasted long enough, the interval since the last block not yet passed).
 */
public interface ProcedureEligibility {

  /**
   * The first day on or after {@code from} that no rule blocks for lack of time; {@code from} when
   * none does, or when what blocks is not a matter of waiting (the booking then says why).
   */
  LocalDate firstEligibleDay(PatientId patient, ProcedureTypeCode type, LocalDate from);
}
