package org.procedura.outcomes.model;

import java.util.List;
import java.util.Optional;
import org.procedura.patient.model.PatientId;
import org.procedura.scheduling.model.AppointmentId;

/** The records of completed procedures, one per procedure appointment. */
public interface ProcedureRecords {

  Optional<ProcedureRecord> find(AppointmentId procedure);

  /**
   * Stores a new record or the changes to a loaded one (revisions and diary are only appended).
   *
   * @throws org.procedura.shared.model.StaleVersionException when another change came first
   */
  ProcedureRecord save(ProcedureRecord record);

  /** The patient's procedures, the earliest completed first. */
  List<ProcedureRecord> ofPatient(PatientId patient);
}
