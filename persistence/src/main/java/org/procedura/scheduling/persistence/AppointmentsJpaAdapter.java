package org.procedura.scheduling.persistence;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.procedura.scheduling.model.Appointment;
import org.procedura.scheduling.model.AppointmentEvent;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.scheduling.model.Appointments;
import org.procedura.scheduling.model.ResourceRef;
import org.procedura.scheduling.model.SlotConflict;
import org.procedura.scheduling.model.TimeSlot;
import org.procedura.shared.model.ConflictException;
import org.procedura.shared.persistence.Versions;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class AppointmentsJpaAdapter implements Appointments {
  private final AppointmentJpaRepository repository;
  private final AppointmentPersistenceMapper mapper;
  private final OccupiedCells cells;

  AppointmentsJpaAdapter(
      AppointmentJpaRepository repository,
      AppointmentPersistenceMapper mapper,
      OccupiedCells cells) {
    this.repository = repository;
    this.mapper = mapper;
    this.cells = cells;
  }

  /** Also read outside a use case's transaction: the replay of an idempotent booking. */
  @Override
  @Transactional
  public Optional<Appointment> find(AppointmentId id) {
    return repository.findById(id.toString()).map(mapper::toDomain);
  }

  @Override
  public Appointment save(Appointment appointment) {
    String id = appointment.getId().toString();
    AppointmentJpaEntity entity;
    Map<ResourceRef, TimeSlot> heldBefore;
    if (appointment.getVersion() == null) {
      entity = new AppointmentJpaEntity();
      heldBefore = Map.of();
    } else {
      entity = Versions.loadAt(repository, id, appointment.getVersion(), "appointment");
      heldBefore = mapper.toDomain(entity).occupancy();
    }
    mapper.copyToEntity(appointment, entity);
    appendNewEvents(appointment.getEvents(), entity);
    AppointmentJpaEntity saved = Versions.saveAndFlush(repository, entity, "appointment " + id);
    Map<ResourceRef, TimeSlot> heldAfter = appointment.occupancy();
    if (!heldAfter.equals(heldBefore)) {
      cells.release(appointment.getId());
      try {
        cells.occupy(appointment.getId(), heldAfter);
      } catch (DuplicateKeyException e) {
        throw new ConflictException(
            "SLOT_TAKEN",
            "the clinician, room or patient was booked for this time by a concurrent request");
      }
    }
    return mapper.toDomain(saved);
  }

  @Override
  public List<SlotConflict> conflictsOf(Appointment appointment) {
    return cells.conflicts(appointment.getId(), appointment.occupancy());
  }

  private void appendNewEvents(List<AppointmentEvent> events, AppointmentJpaEntity entity) {
    for (int i = entity.getEvents().size(); i < events.size(); i++) {
      entity.getEvents().add(mapper.toEmbeddable(events.get(i)));
    }
  }
}
