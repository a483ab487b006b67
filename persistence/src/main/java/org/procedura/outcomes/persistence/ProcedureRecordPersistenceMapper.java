package org.procedura.outcomes.persistence;

import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.procedura.catalog.model.ImagingModality;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.catalog.model.Sedation;
import org.procedura.catalog.model.SpinalRegion;
import org.procedura.outcomes.model.Complication;
import org.procedura.outcomes.model.ComplicationCode;
import org.procedura.outcomes.model.DiaryEntry;
import org.procedura.outcomes.model.FollowUp;
import org.procedura.outcomes.model.Injectate;
import org.procedura.outcomes.model.Measure;
import org.procedura.outcomes.model.ProcedureDetails;
import org.procedura.outcomes.model.ProcedureRecord;
import org.procedura.outcomes.model.Revision;
import org.procedura.patient.model.PatientId;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.scheduling.model.ClinicianId;
import org.procedura.scheduling.model.Laterality;
import org.procedura.scheduling.model.ProcedureSite;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.Stamp;
import org.procedura.shared.persistence.DelimitedValues;
import org.procedura.shared.persistence.UtcTime;

/**
 * Procedure records between their rows and the domain. Revisions and diary entries are only ever
 * appended: copying a record onto its entity adds those the entity does not hold yet and leaves the
 * stored ones as they are.
 */
@Mapper
interface ProcedureRecordPersistenceMapper {

  default ProcedureRecord toDomain(ProcedureRecordJpaEntity entity) {
    return new ProcedureRecord(
        new FollowUp.Course(
            new AppointmentId(UUID.fromString(entity.getAppointmentId())),
            PatientId.of(entity.getPatientId()),
            new ProcedureTypeCode(entity.getProcedureTypeCode()),
            new ClinicianId(UUID.fromString(entity.getPhysicianId()))),
        entity.getSpinalRegion() == null ? null : SpinalRegion.valueOf(entity.getSpinalRegion()),
        UtcTime.fromColumn(entity.getCompletedAt()),
        entity.getRevisions().stream()
            .sorted(Comparator.comparingInt(row -> row.getKey().revision()))
            .map(this::toRevision)
            .toList(),
        entity.getDiary().entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(
                entry ->
                    new DiaryEntry(
                        Duration.ofMinutes(entry.getKey()),
                        Measure.nrs(entry.getValue().nrs()),
                        new Stamp(
                            UtcTime.fromColumn(entry.getValue().recordedAt()),
                            new Actor(entry.getValue().recordedBy()))))
            .toList(),
        entity.getVersion());
  }

  default void copyToEntity(ProcedureRecord record, ProcedureRecordJpaEntity entity) {
    FollowUp.Course course = record.getCourse();
    entity.setAppointmentId(course.procedure().toString());
    entity.setPatientId(course.patient().toString());
    entity.setProcedureTypeCode(course.procedureType().value());
    entity.setPhysicianId(course.physician().toString());
    entity.setSpinalRegion(record.getRegion() == null ? null : record.getRegion().name());
    entity.setCompletedAt(UtcTime.toColumn(record.getCompletedAt()));
    int stored = entity.getRevisions().size();
    record.getRevisions().stream()
        .filter(revision -> revision.number() > stored)
        .forEach(revision -> entity.getRevisions().add(toRow(revision, entity)));
    for (DiaryEntry entry : record.getDiary()) {
      entity
          .getDiary()
          .putIfAbsent(
              Math.toIntExact(entry.after().toMinutes()),
              new PainDiaryRow(
                  entry.pain().score().intValueExact(),
                  UtcTime.toColumn(entry.recorded().at()),
                  entry.recorded().by().username()));
    }
  }

  private ProcedureRecordRevisionJpaEntity toRow(
      Revision revision, ProcedureRecordJpaEntity record) {
    ProcedureDetails details = revision.details();
    ProcedureSite site = details.site();
    var row = new ProcedureRecordRevisionJpaEntity(record, revision.number());
    row.setPerformedAt(UtcTime.toColumn(details.performedAt()));
    row.setProcedureTypeCode(details.procedureType().value());
    row.setSpinalRegion(site.region() == null ? null : site.region().name());
    row.setLevels(site.levels().isEmpty() ? null : String.join(",", site.levels()));
    row.setLaterality(site.laterality() == null ? null : site.laterality().name());
    row.setImaging(details.imaging() == null ? null : details.imaging().name());
    row.setFluoroscopySeconds(details.fluoroscopySeconds());
    row.setFluoroscopyDoseMgy(details.fluoroscopyDoseMgy());
    row.setContrastMl(details.contrastMl());
    details
        .injectates()
        .forEach(given -> row.getInjectates().add(new InjectateRow(given.drug(), given.doseMg())));
    row.setSedation(details.sedation().name());
    row.setComplication(details.complication().code().name());
    row.setComplicationNote(details.complication().note());
    row.setImmediatePain(details.immediatePain());
    row.setReason(revision.reason());
    row.setChangedFields(
        revision.changed().isEmpty() ? null : String.join(",", revision.changed()));
    row.setRecordedAt(UtcTime.toColumn(revision.recorded().at()));
    row.setRecordedBy(revision.recorded().by().username());
    return row;
  }

  private Revision toRevision(ProcedureRecordRevisionJpaEntity row) {
    var details =
        new ProcedureDetails(
            UtcTime.fromColumn(row.getPerformedAt()),
            new ProcedureTypeCode(row.getProcedureTypeCode()),
            new ProcedureSite(
                row.getSpinalRegion() == null ? null : SpinalRegion.valueOf(row.getSpinalRegion()),
                DelimitedValues.toList(row.getLevels(), level -> level),
                row.getLaterality() == null ? null : Laterality.valueOf(row.getLaterality())),
            row.getImaging() == null ? null : ImagingModality.valueOf(row.getImaging()),
            row.getFluoroscopySeconds(),
            row.getFluoroscopyDoseMgy(),
            row.getContrastMl(),
            row.getInjectates().stream()
                .map(given -> new Injectate(given.drug(), given.doseMg()))
                .toList(),
            Sedation.valueOf(row.getSedation()),
            new Complication(
                ComplicationCode.valueOf(row.getComplication()), row.getComplicationNote()),
            row.getImmediatePain());
    return new Revision(
        row.getKey().revision(),
        details,
        new Stamp(UtcTime.fromColumn(row.getRecordedAt()), new Actor(row.getRecordedBy())),
        row.getReason(),
        DelimitedValues.toList(row.getChangedFields(), part -> part));
  }
}
