package org.procedura.scheduling.persistence;

import java.util.List;
import java.util.Optional;
import org.procedura.scheduling.model.Clinician;
import org.procedura.scheduling.model.ClinicianId;
import org.procedura.scheduling.model.Clinicians;
import org.procedura.shared.model.ConflictException;
import org.procedura.shared.persistence.Constraints;
import org.procedura.shared.persistence.Versions;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

@Component
class CliniciansJpaAdapter implements Clinicians {
  private final ClinicianJpaRepository repository;
  private final ResourcePersistenceMapper mapper;

  CliniciansJpaAdapter(ClinicianJpaRepository repository, ResourcePersistenceMapper mapper) {
    this.repository = repository;
    this.mapper = mapper;
  }

  @Override
  public Optional<Clinician> find(ClinicianId id) {
    return repository.findById(id.toString()).map(mapper::toDomain);
  }

  @Override
  public List<Clinician> all() {
    return repository.findAllByOrderByDisplayNameAscIdAsc().stream().map(mapper::toDomain).toList();
  }

  @Override
  public Clinician save(Clinician clinician) {
    String id = clinician.getId().toString();
    ClinicianJpaEntity entity;
    if (clinician.getVersion() == null) {
      entity = new ClinicianJpaEntity();
      entity.setId(id);
    } else {
      entity = Versions.loadAt(repository, id, clinician.getVersion(), "clinician");
    }
    mapper.copyToEntity(clinician, entity);
    try {
      return mapper.toDomain(Versions.saveAndFlush(repository, entity, "clinician " + id));
    } catch (DataIntegrityViolationException e) {
      if (Constraints.violated(e, "uk_clinician_npi")) {
        throw new ConflictException(
            "NPI_IN_USE", "NPI " + clinician.getProfile().npi() + " belongs to another clinician");
      }
      throw e;
    }
  }
}
