package org.procedura.outcomes.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.procedura.outcomes.model.FollowUp;
import org.procedura.outcomes.model.FollowUpId;
import org.procedura.outcomes.model.FollowUps;
import org.procedura.patient.model.PatientId;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.scheduling.model.ClinicianId;
import org.procedura.shared.persistence.Versions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Follow-ups as JPA entities; a change is written only onto the version it was made from. */
@Component
class FollowUpsJpaAdapter implements FollowUps {
  private static final String RESOURCE = "follow-up";

  private final FollowUpJpaRepository repository;
  private final FollowUpPersistenceMapper mapper;

  FollowUpsJpaAdapter(FollowUpJpaRepository repository, FollowUpPersistenceMapper mapper) {
    this.repository = repository;
    this.mapper = mapper;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<FollowUp> find(FollowUpId id) {
    return repository.findById(id.toString()).map(mapper::toDomain);
  }

  @Override
  @Transactional
  public FollowUp save(FollowUp followUp) {
    String id = followUp.getId().toString();
    FollowUpJpaEntity entity =
        followUp.getVersion() == null
            ? new FollowUpJpaEntity()
            : Versions.loadAt(repository, id, followUp.getVersion(), RESOURCE);
    mapper.copyToEntity(followUp, entity);
    return mapper.toDomain(Versions.saveAndFlush(repository, entity, RESOURCE + " " + id));
  }

  @Override
  @Transactional(readOnly = true)
  public List<FollowUp> ofProcedure(AppointmentId procedure) {
    return toDomain(repository.ofProcedure(procedure.toString()));
  }

  @Override
  @Transactional(readOnly = true)
  public List<FollowUp> ofPatient(PatientId patient) {
    return toDomain(repository.ofPatient(patient.toString()));
  }

  @Override
  @Transactional(readOnly = true)
  public List<FollowUp> dueBetween(LocalDate from, LocalDate to, ClinicianId physician) {
    return toDomain(
        repository.dueBetween(from, to, physician == null ? null : physician.toString()));
  }

  @Override
  @Transactional(readOnly = true)
  public List<FollowUp> stillDueWithWindowClosedBefore(LocalDate day) {
    return toDomain(repository.stillDueWithWindowClosedBefore(day));
  }

  @Override
  @Transactional(readOnly = true)
  public List<FollowUp> missed(ClinicianId physician) {
    return toDomain(repository.missed(physician == null ? null : physician.toString()));
  }

  private List<FollowUp> toDomain(List<FollowUpJpaEntity> entities) {
    return entities.stream().map(mapper::toDomain).toList();
  }
}
