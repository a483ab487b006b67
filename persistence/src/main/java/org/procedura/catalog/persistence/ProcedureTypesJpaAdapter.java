package org.procedura.catalog.persistence;

import java.util.List;
import java.util.Optional;
import org.procedura.catalog.model.ProcedureType;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.catalog.model.ProcedureTypes;
import org.procedura.shared.model.ConflictException;
import org.procedura.shared.persistence.Versions;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

@Component
class ProcedureTypesJpaAdapter implements ProcedureTypes {
  private final ProcedureTypeJpaRepository repository;
  private final ProcedureTypePersistenceMapper mapper;

  ProcedureTypesJpaAdapter(
      ProcedureTypeJpaRepository repository, ProcedureTypePersistenceMapper mapper) {
    this.repository = repository;
    this.mapper = mapper;
  }

  @Override
  public List<ProcedureType> all() {
    return repository.findAll().stream().map(mapper::toDomain).toList();
  }

  @Override
  public Optional<ProcedureType> find(ProcedureTypeCode code) {
    return repository.findById(code.value()).map(mapper::toDomain);
  }

  @Override
  public ProcedureType save(ProcedureType type) {
    String code = type.getCode().value();
    ProcedureTypeJpaEntity entity =
        type.getVersion() == null
            ? new ProcedureTypeJpaEntity()
            : Versions.loadAt(repository, code, type.getVersion(), "procedure type");
    mapper.copyToEntity(type, entity);
    try {
      return mapper.toDomain(Versions.saveAndFlush(repository, entity, "procedure type " + code));
    } catch (DataIntegrityViolationException e) {
      if (type.getVersion() != null) {
        throw e;
      }
      // a concurrent definition of the same code got there first
      throw new ConflictException(
          "PROCEDURE_TYPE_EXISTS", "procedure type " + code + " is already in the catalog");
    }
  }
}
