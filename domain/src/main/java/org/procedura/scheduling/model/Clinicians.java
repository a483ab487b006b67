package org.procedura.scheduling.model;

import java.util.List;
import java.util.Optional;

/** The clinic's physicians. */
public interface Clinicians {

  Optional<Clinician> find(ClinicianId id);

  /** Every clinician, active or not, ordered by name. */
  List<Clinician> all();

  /**
   * @throws org.procedura.shared.model.ConflictException when the NPI belongs to another clinician
   * @throws org.procedura.shared.model.StaleVersionException when another change came first
   */
  Clinician save(Clinician clinician);
}
