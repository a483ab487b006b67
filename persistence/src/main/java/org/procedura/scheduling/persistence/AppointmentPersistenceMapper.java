package org.procedura.scheduling.persistence;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.procedura.catalog.model.ProcedurePurpose;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.patient.model.PatientId;
import org.procedura.scheduling.model.Appointment;
import org.procedura.scheduling.model.AppointmentEvent;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.scheduling.model.AppointmentKind;
import org.procedura.scheduling.model.AppointmentStatus;
import org.procedura.scheduling.model.ClinicianId;
import org.procedura.scheduling.model.Placement;
import org.procedura.scheduling.model.ProcedureSite;
import org.procedura.scheduling.model.RoomId;
import org.procedura.scheduling.model.TimeSlot;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.Stamp;
import org.procedura.shared.persistence.DelimitedValues;
import org.procedura.shared.persistence.UtcTime;

@Mapper
interface AppointmentPersistenceMapper {

  default Appointment toDomain(AppointmentJpaEntity entity) {
    return new Appointment(
        new AppointmentId(UUID.fromString(entity.getId())),
        PatientId.of(entity.getPatientId()),
        AppointmentKind.valueOf(entity.getKind()),
        entity.getProcedureType() == null ? null : new ProcedureTypeCode(entity.getProcedureType()),
        toSite(entity),
        entity.getReferralId() == null ? null : UUID.fromString(entity.getReferralId()),
        entity.getPurpose() == null ? null : ProcedurePurpose.valueOf(entity.getPurpose()),
        new Placement(
            new ClinicianId(UUID.fromString(entity.getClinicianId())),
            new RoomId(UUID.fromString(entity.getRoomId())),
            new TimeSlot(
                UtcTime.fromColumn(entity.getStartAt()), UtcTime.fromColumn(entity.getEndAt())),
            Duration.ofMinutes(entity.getTurnoverMinutes())),
        AppointmentStatus.valueOf(entity.getStatus()),
        toEvents(entity.getEvents()),
        entity.getVersion());
  }

  @Mapping(target = "region", source = "spinalRegion")
  ProcedureSite toSite(AppointmentJpaEntity entity);

  List<AppointmentEvent> toEvents(List<AppointmentEventEmbeddable> events);

  @Mapping(target = "stamp", source = "event")
  AppointmentEvent toEvent(AppointmentEventEmbeddable event);

  @Mapping(target = "at", source = "occurredAt")
  @Mapping(target = "by", source = "actor")
  Stamp toStamp(AppointmentEventEmbeddable event);

  @Mapping(target = "occurredAt", source = "stamp.at")
  @Mapping(target = "actor", source = "stamp.by")
  AppointmentEventEmbeddable toEmbeddable(AppointmentEvent event);

  /** Everything but the history, which only grows and is appended by the adapter. */
  @Mapping(target = "id", source = "id.value")
  @Mapping(target = "patientId", source = "patient.value")
  @Mapping(target = "procedureType", source = "procedureType.value")
  @Mapping(target = "spinalRegion", source = "site.region")
  @Mapping(target = "levels", source = "site.levels")
  @Mapping(target = "laterality", source = "site.laterality")
  @Mapping(target = "referralId", source = "referral")
  @Mapping(target = "clinicianId", source = "placement.clinician.value")
  @Mapping(target = "roomId", source = "placement.room.value")
  @Mapping(target = "startAt", source = "placement.slot.start")
  @Mapping(target = "endAt", source = "placement.slot.end")
  @Mapping(target = "turnoverMinutes", source = "placement.turnover")
  @Mapping(target = "heldUntil", source = "placement")
  @Mapping(target = "events", ignore = true)
  @Mapping(target = "version", ignore = true)
  void copyToEntity(Appointment appointment, @MappingTarget AppointmentJpaEntity entity);

  default LocalDateTime heldUntil(Placement placement) {
    return UtcTime.toColumn(placement.held().end());
  }

  default LocalDateTime toColumn(Instant instant) {
    return UtcTime.toColumn(instant);
  }

  default Instant fromColumn(LocalDateTime column) {
    return UtcTime.fromColumn(column);
  }

  default int toMinutes(Duration duration) {
    return Math.toIntExact(duration.toMinutes());
  }

  default List<String> toLevels(String column) {
    return DelimitedValues.toList(column, String::valueOf);
  }

  default String fromLevels(List<String> levels) {
    return levels.isEmpty() ? null : String.join(",", levels);
  }

  default Actor toActor(String username) {
    return new Actor(username);
  }

  default String fromActor(Actor actor) {
    return actor.username();
  }
}
