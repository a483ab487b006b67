package org.procedura.outcomes.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.procedura.outcomes.model.ProcedureRecord;
import org.procedura.outcomes.model.ProcedureRecords;
import org.procedura.patient.model.PatientId;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.shared.model.StaleVersionException;
import org.procedura.shared.persistence.Versions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Procedure records as JPA entities; a change is written only onto the version it was made from.
 */
@Component
class ProcedureRecordsJpaAdapter implements ProcedureRecords {
  private static final String RESOURCE = "procedure record";

  private final ProcedureRecordJpaRepository repository;
  private final ProcedureRecordPersistenceMapper mapper;
  private final EntityManager entityManager;

  ProcedureRecordsJpaAdapter(
      ProcedureRecordJpaRepository repository,
      ProcedureRecordPersistenceMapper mapper,
      EntityManager entityManager) {
    this.repository = repository;
    this.mapper = mapper;
    this.entityManager = entityManager;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<ProcedureRecord> find(AppointmentId procedure) {
    return repository.findById(procedure.toString()).map(mapper::toDomain);
  }

  @Override
  @Transactional
  public ProcedureRecord save(ProcedureRecord record) {
    String id = record.getCourse().procedure().toString();
    ProcedureRecordJpaEntity entity =
        record.getVersion() == null ? new ProcedureRecordJpaEntity() : loadToAppend(id, record);
    mapper.copyToEntity(record, entity);
    // A revision's key is assigned, so merging the record would take a new one for a stored one.
    entity.getRevisions().stream()
        .filter(revision -> !entityManager.contains(revision))
        .forEach(entityManager::persist);
    return mapper.toDomain(Versions.saveAndFlush(repository, entity, RESOURCE + " " + id));
  }

  @Override
  @Transactional(readOnly = true)
  public List<ProcedureRecord> ofPatient(PatientId patient) {
    return repository.ofPatient(patient.toString()).stream().map(mapper::toDomain).toList();
  }

  /**
   * Loads the record at the version the change was made on and locks its row. A flush inserts a new
   * revision before it raises the record's version, so without the lock the second of two writers
   * would trip over the revision number the first one appended rather than the version.
   */
  private ProcedureRecordJpaEntity loadToAppend(String id, ProcedureRecord record) {
    ProcedureRecordJpaEntity entity =
        Versions.loadAt(repository, id, record.getVersion(), RESOURCE);
    // found earlier in the same transaction by a read-only look-up, it would not be dirty-checked
    entityManager.unwrap(Session.class).setReadOnly(entity, false);
    try {
      entityManager.lock(entity, LockModeType.PESSIMISTIC_WRITE);
    } catch (OptimisticLockException e) {
      throw new StaleVersionException(
          RESOURCE + " " + id, record.getVersion(), record.getVersion() + 1);
    }
    return entity;
  }
}
