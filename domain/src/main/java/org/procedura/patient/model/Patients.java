package org.procedura.patient.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.procedura.shared.model.PageQuery;
import org.procedura.shared.model.PageResult;

/** The register of patients. */
public interface Patients {

  Optional<Patient> find(PatientId id);

  boolean existsWithMrn(MedicalRecordNumber mrn);

  /**
   * Stores a new patient or the changes to a loaded one and returns it with its new version.
   *
   * @throws org.procedura.shared.model.StaleVersionException when another change came first
   * @throws org.procedura.shared.model.ConflictException when the MRN is taken
   */
  Patient save(Patient patient);

  /** Patients born on that date whose name matches, ignoring case. */
  List<Patient> bornOnWithName(LocalDate dateOfBirth, PersonName name);

  PageResult<Patient> search(PatientSearch search, PageQuery page);
}
