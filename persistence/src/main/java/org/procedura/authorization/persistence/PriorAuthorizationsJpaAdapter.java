package org.procedura.authorization.persistence;

import java.util.List;
import java.util.Optional;
import org.procedura.authorization.model.PriorAuthorization;
import org.procedura.authorization.model.PriorAuthorizationId;
import org.procedura.authorization.model.PriorAuthorizations;
import org.procedura.patient.model.PatientId;
import org.procedura.shared.persistence.Versions;
import org.springframework.stereotype.Component;

@Component
class PriorAuthorizationsJpaAdapter implements PriorAuthorizations {
  private static final String RESOURCE = "prior authorization";

  private final PriorAuthorizationJpaRepository repository;
  private final PriorAuthorizationPersistenceMapper mapper;

  PriorAuthorizationsJpaAdapter(
      PriorAuthorizationJpaRepository repository, PriorAuthorizationPersistenceMapper mapper) {
    this.repository = repository;
    this.mapper = mapper;
  }

  @Override
  public List<PriorAuthorization> of(PatientId patient) {
    return repository.allOf(patient.toString()).stream().map(mapper::toDomain).toList();
  }

  @Override
  public Optional<PriorAuthorization> find(PriorAuthorizationId id) {
    return repository.findById(id.toString()).map(mapper::toDomain);
  }

  @Override
  public PriorAuthorization save(PriorAuthorization authorization) {
    String id = authorization.getId().toString();
    PriorAuthorizationJpaEntity entity =
        authorization.getVersion() == null
            ? new PriorAuthorizationJpaEntity()
            : Versions.loadAt(repository, id, authorization.getVersion(), RESOURCE);
    mapper.copyToEntity(authorization, entity);
    return mapper.toDomain(Versions.saveAndFlush(repository, entity, RESOURCE + " " + id));
  }
}
