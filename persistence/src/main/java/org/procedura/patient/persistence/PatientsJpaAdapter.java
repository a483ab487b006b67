package org.procedura.patient.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.procedura.patient.model.MedicalRecordNumber;
import org.procedura.patient.model.Patient;
import org.procedura.patient.model.PatientId;
import org.procedura.patient.model.PatientSearch;
import org.procedura.patient.model.Patients;
import org.procedura.patient.model.PersonName;
import org.procedura.shared.model.ConflictException;
import org.procedura.shared.model.PageQuery;
import org.procedura.shared.model.PageResult;
import org.procedura.shared.persistence.Constraints;
import org.procedura.shared.persistence.Versions;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

@Component
class PatientsJpaAdapter implements Patients {
  private final PatientJpaRepository repository;
  private final PatientPersistenceMapper mapper;

  PatientsJpaAdapter(PatientJpaRepository repository, PatientPersistenceMapper mapper) {
    this.repository = repository;
    this.mapper = mapper;
  }

  @Override
  public Optional<Patient> find(PatientId id) {
    return repository.findById(id.toString()).map(mapper::toDomain);
  }

  @Override
  public boolean existsWithMrn(MedicalRecordNumber mrn) {
    return repository.existsByMrn(mrn.value());
  }

  @Override
  public Patient save(Patient patient) {
    PatientJpaEntity entity =
        patient.getVersion() == null
            ? new PatientJpaEntity()
            : Versions.loadAt(
                repository, patient.getId().toString(), patient.getVersion(), "patient");
    mapper.copyToEntity(patient, entity);
    try {
      return mapper.toDomain(Versions.saveAndFlush(repository, entity, "patient"));
    } catch (DataIntegrityViolationException e) {
      if (Constraints.violated(e, "uk_patient_mrn")) {
        throw new ConflictException(
            "MRN_IN_USE", "MRN " + patient.getMrn() + " belongs to another patient");
      }
      throw e;
    }
  }

  @Override
  public List<Patient> bornOnWithName(LocalDate dateOfBirth, PersonName name) {
    return repository.findNamesakes(dateOfBirth, name.given(), name.family()).stream()
        .map(mapper::toDomain)
        .toList();
  }

  @Override
  public PageResult<Patient> search(PatientSearch search, PageQuery page) {
    String namePattern =
        search.nameFragment() == null ? null : "%" + escapeLike(search.nameFragment()) + "%";
    var found =
        repository.search(
            namePattern,
            search.dateOfBirth(),
            search.mrn() == null ? null : search.mrn().value(),
            PageRequest.of(page.page(), page.size()));
    return new PageResult<>(
        found.map(mapper::toDomain).getContent(),
        page.page(),
        page.size(),
        found.getTotalElements());
  }

  /** The fragment is matched literally: % and _ typed by staff are not wildcards. */
  private static String escapeLike(String fragment) {
    return fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
