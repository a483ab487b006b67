package org.procedura.outcomes.persistence;

import java.util.Comparator;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.outcomes.model.ClosureReason;
import org.procedura.outcomes.model.Contact;
import org.procedura.outcomes.model.FollowUp;
import org.procedura.outcomes.model.FollowUpId;
import org.procedura.outcomes.model.FollowUpStatus;
import org.procedura.outcomes.model.Measure;
import org.procedura.outcomes.model.Scale;
import org.procedura.patient.model.PatientId;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.scheduling.model.ClinicianId;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.Stamp;
import org.procedura.shared.persistence.UtcTime;

/**
 * Follow-ups between their rows and the domain: the measures carry the follow-up's own stamp and
 * come back in the order of their scales' names, as stored or read.
 */
@Mapper
interface FollowUpPersistenceMapper {

  default FollowUp toDomain(FollowUpJpaEntity entity) {
    return new FollowUp(
        new FollowUpId(UUID.fromString(entity.getId())),
        new FollowUp.Course(
            new AppointmentId(UUID.fromString(entity.getProcedureId())),
            PatientId.of(entity.getPatientId()),
            new ProcedureTypeCode(entity.getProcedureTypeCode()),
            new ClinicianId(UUID.fromString(entity.getPhysicianId()))),
        entity.getLabel(),
        new FollowUp.Window(
            entity.getDueOn(), entity.getWindowOpensOn(), entity.getWindowClosesOn()),
        FollowUpStatus.valueOf(entity.getStatus()),
        entity.getVisitAppointmentId() == null
            ? null
            : new AppointmentId(UUID.fromString(entity.getVisitAppointmentId())),
        entity.getContact() == null ? null : Contact.valueOf(entity.getContact()),
        entity.getMeasures().stream()
            .sorted(Comparator.comparing(MeasureRow::scale))
            .map(
                row ->
                    new Measure(
                        Scale.valueOf(row.scale()),
                        row.score().setScale(1),
                        MeasureRows.parse(row.items())))
            .toList(),
        entity.getDoneAt() == null
            ? null
            : new Stamp(UtcTime.fromColumn(entity.getDoneAt()), new Actor(entity.getDoneBy())),
        entity.isRecordedLate(),
        entity.getClosureReason() == null
            ? null
            : new FollowUp.Closure(
                ClosureReason.valueOf(entity.getClosureReason()),
                entity.getClosureNote(),
                new Stamp(
                    UtcTime.fromColumn(entity.getClosedAt()), new Actor(entity.getClosedBy()))),
        entity.getVersion());
  }

  default void copyToEntity(FollowUp followUp, FollowUpJpaEntity entity) {
    FollowUp.Course course = followUp.getCourse();
    entity.setId(followUp.getId().toString());
    entity.setProcedureId(course.procedure().toString());
    entity.setPatientId(course.patient().toString());
    entity.setProcedureTypeCode(course.procedureType().value());
    entity.setPhysicianId(course.physician().toString());
    entity.setLabel(followUp.getLabel());
    entity.setDueOn(followUp.getWindow().due());
    entity.setWindowOpensOn(followUp.getWindow().opens());
    entity.setWindowClosesOn(followUp.getWindow().closes());
    entity.setStatus(followUp.getStatus().name());
    entity.setVisitAppointmentId(
        followUp.getVisit() == null ? null : followUp.getVisit().toString());
    entity.setContact(followUp.getContact() == null ? null : followUp.getContact().name());
    entity.setDoneAt(UtcTime.toColumn(followUp.doneAt()));
    entity.setDoneBy(followUp.doneBy() == null ? null : followUp.doneBy().username());
    entity.setRecordedLate(followUp.isRecordedLate());
    FollowUp.Closure closure = followUp.getClosure();
    entity.setClosureReason(closure == null ? null : closure.reason().name());
    entity.setClosureNote(closure == null ? null : closure.note());
    entity.setClosedAt(closure == null ? null : UtcTime.toColumn(closure.closed().at()));
    entity.setClosedBy(closure == null ? null : closure.closed().by().username());
    entity.getMeasures().clear();
    for (Measure measure : followUp.getMeasures()) {
      entity
          .getMeasures()
          .add(
              new MeasureRow(
                  course.procedure().toString(),
                  measure.scale().name(),
                  course.patient().toString(),
                  measure.score(),
                  MeasureRows.items(measure.items()),
                  UtcTime.toColumn(followUp.doneAt()),
                  followUp.doneBy().username()));
    }
  }
}
