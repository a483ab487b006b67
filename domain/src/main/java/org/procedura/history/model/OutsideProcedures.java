package org.procedura.history.model;

import java.util.List;
import java.util.Optional;
import org.procedura.patient.model.PatientId;

/** The procedures patients had at other clinics, as recorded from their documents. */
public interface OutsideProcedures {

  /**
   * The patient's outside procedures that count: all but those entered in error, the earliest
   * performed first (then in the order recorded).
   */
  List<OutsideProcedure> of(PatientId patient);

  /** Every outside procedure recorded for the patient, entered in error too, in the same order. */
  List<OutsideProcedure> allOf(PatientId patient);

  Optional<OutsideProcedure> find(OutsideProcedureId id);

  /**
   * Stores a new outside procedure or the changes to a loaded one and returns it with its new
   * version.
   *
   * @throws org.procedura.shared.model.StaleVersionException when another change came first
   */
  OutsideProcedure save(OutsideProcedure procedure);
}
