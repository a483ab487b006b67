package org.procedura.history.persistence;

import java.util.List;
import java.util.Optional;
import org.procedura.history.model.OutsideProcedure;
import org.procedura.history.model.OutsideProcedureId;
import org.procedura.history.model.OutsideProcedures;
import org.procedura.patient.model.PatientId;
import org.procedura.shared.persistence.Versions;
import org.springframework.stereotype.Component;

@Component
class OutsideProceduresJpaAdapter implements OutsideProcedures {
  private static final String RESOURCE = "outside procedure";

  private final OutsideProcedureJpaRepository repository;
  private final OutsideProcedurePersistenceMapper mapper;

  OutsideProceduresJpaAdapter(
      OutsideProcedureJpaRepository repository, OutsideProcedurePersistenceMapper mapper) {
    this.repository = repository;
    this.mapper = mapper;
  }

  @Override
  public List<OutsideProcedure> of(PatientId patient) {
    return repository.currentOf(patient.toString()).stream().map(mapper::toDomain).toList();
  }

  @Override
  public List<OutsideProcedure> allOf(PatientId patient) {
    return repository.allOf(patient.toString()).stream().map(mapper::toDomain).toList();
  }

  @Override
  public Optional<OutsideProcedure> find(OutsideProcedureId id) {
    return repository.findById(id.toString()).map(mapper::toDomain);
  }

  @Override
  public OutsideProcedure save(OutsideProcedure procedure) {
    String id = procedure.getId().toString();
    OutsideProcedureJpaEntity entity =
        procedure.getVersion() == null
            ? new OutsideProcedureJpaEntity()
            : Versions.loadAt(repository, id, procedure.getVersion(), RESOURCE);
    mapper.copyToEntity(procedure, entity);
    return mapper.toDomain(Versions.saveAndFlush(repository, entity, RESOURCE + " " + id));
  }
}
