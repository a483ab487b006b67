package org.procedura.patient.persistence;

import java.util.Optional;
import org.procedura.patient.model.ClinicalProfile;
import org.procedura.patient.model.ClinicalProfiles;
import org.procedura.patient.model.PatientId;
import org.procedura.shared.persistence.Versions;
import org.springframework.stereotype.Component;

@Component
class ClinicalProfilesJpaAdapter implements ClinicalProfiles {
  private static final String RESOURCE = "clinical profile of patient";

  private final ClinicalProfileJpaRepository repository;
  private final ClinicalProfilePersistenceMapper mapper;

  ClinicalProfilesJpaAdapter(
      ClinicalProfileJpaRepository repository, ClinicalProfilePersistenceMapper mapper) {
    this.repository = repository;
    this.mapper = mapper;
  }

  @Override
  public Optional<ClinicalProfile> find(PatientId patientId) {
    return repository.findById(patientId.toString()).map(mapper::toDomain);
  }

  @Override
  public ClinicalProfile save(ClinicalProfile profile) {
    String id = profile.getPatientId().toString();
    ClinicalProfileJpaEntity entity =
        profile.getVersion() == null
            ? new ClinicalProfileJpaEntity()
            : Versions.loadAt(repository, id, profile.getVersion(), RESOURCE);
    mapper.copyToEntity(profile, entity);
    return mapper.toDomain(Versions.saveAndFlush(repository, entity, RESOURCE + " " + id));
  }
}
