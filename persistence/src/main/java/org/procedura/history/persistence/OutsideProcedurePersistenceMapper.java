package org.procedura.history.persistence;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.catalog.model.SpinalRegion;
import org.procedura.history.model.EnteredInError;
import org.procedura.history.model.OutsideProcedure;
import org.procedura.history.model.OutsideProcedureDetails;
import org.procedura.history.model.OutsideProcedureId;
import org.procedura.history.model.OutsideRelief;
import org.procedura.patient.model.PatientId;
import org.procedura.scheduling.model.Laterality;
import org.procedura.scheduling.model.ProcedureSite;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.Stamp;
import org.procedura.shared.persistence.DelimitedValues;
import org.procedura.shared.persistence.UtcTime;

@Mapper
interface OutsideProcedurePersistenceMapper {

  default OutsideProcedure toDomain(OutsideProcedureJpaEntity entity) {
    return new OutsideProcedure(
        new OutsideProcedureId(UUID.fromString(entity.getId())),
        PatientId.of(entity.getPatientId()),
        new OutsideProcedureDetails(
            entity.getPerformedOn(),
            new ProcedureTypeCode(entity.getProcedureTypeCode()),
            new ProcedureSite(
                entity.getSpinalRegion() == null
                    ? null
                    : SpinalRegion.valueOf(entity.getSpinalRegion()),
                DelimitedValues.toList(entity.getLevels(), String::valueOf),
                entity.getLaterality() == null ? null : Laterality.valueOf(entity.getLaterality())),
            new OutsideRelief(
                entity.getReliefPercent(),
                entity.getReliefLasted() == null ? null : Period.parse(entity.getReliefLasted()),
                entity.getReliefStillLastingOn()),
            entity.getPerformedBy(),
            entity.getSourceDocument()),
        stamp(entity.getRecordedAt(), entity.getRecordedBy()),
        stamp(entity.getCorrectedAt(), entity.getCorrectedBy()),
        entity.getEnteredInErrorAt() == null
            ? null
            : new EnteredInError(
                entity.getEnteredInErrorReason(),
                stamp(entity.getEnteredInErrorAt(), entity.getEnteredInErrorBy())),
        entity.getVersion());
  }

  @Mapping(target = "id", source = "id.value")
  @Mapping(target = "patientId", source = "patient.value")
  @Mapping(target = "performedOn", source = "details.performedOn")
  @Mapping(target = "procedureTypeCode", source = "details.procedureType.value")
  @Mapping(target = "spinalRegion", source = "details.site.region")
  @Mapping(target = "levels", source = "details.site.levels")
  @Mapping(target = "laterality", source = "details.site.laterality")
  @Mapping(target = "reliefPercent", source = "details.relief.percent")
  @Mapping(target = "reliefLasted", source = "details.relief.lasted")
  @Mapping(target = "reliefStillLastingOn", source = "details.relief.stillLastingOn")
  @Mapping(target = "performedBy", source = "details.performedBy")
  @Mapping(target = "sourceDocument", source = "details.sourceDocument")
  @Mapping(target = "recordedBy", source = "recorded.by")
  @Mapping(target = "recordedAt", source = "recorded.at")
  @Mapping(target = "correctedBy", source = "corrected.by")
  @Mapping(target = "correctedAt", source = "corrected.at")
  @Mapping(target = "enteredInErrorReason", source = "enteredInError.reason")
  @Mapping(target = "enteredInErrorBy", source = "enteredInError.stamp.by")
  @Mapping(target = "enteredInErrorAt", source = "enteredInError.stamp.at")
  @Mapping(target = "version", ignore = true)
  void copyToEntity(OutsideProcedure procedure, @MappingTarget OutsideProcedureJpaEntity entity);

  private static Stamp stamp(LocalDateTime at, String by) {
    return at == null ? null : new Stamp(UtcTime.fromColumn(at), new Actor(by));
  }

  default LocalDateTime toColumn(Instant instant) {
    return UtcTime.toColumn(instant);
  }

  default String fromActor(Actor actor) {
    return actor == null ? null : actor.username();
  }

  /** In the order given: L4-L5 before L5-S1 as the document names them. */
  default String fromLevels(List<String> levels) {
    return levels.isEmpty() ? null : String.join(",", levels);
  }

  default String fromPeriod(Period period) {
    return period == null ? null : period.toString();
  }
}
