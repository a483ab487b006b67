package org.procedura.authorization.persistence;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.procedura.authorization.model.AuthorizationStatus;
import org.procedura.authorization.model.AuthorizationTerms;
import org.procedura.authorization.model.PriorAuthorization;
import org.procedura.authorization.model.PriorAuthorizationId;
import org.procedura.catalog.model.CptCode;
import org.procedura.catalog.model.SpinalRegion;
import org.procedura.patient.model.PatientId;
import org.procedura.scheduling.model.Laterality;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.Stamp;
import org.procedura.shared.persistence.DelimitedValues;
import org.procedura.shared.persistence.UtcTime;

@Mapper
interface PriorAuthorizationPersistenceMapper {

  default PriorAuthorization toDomain(PriorAuthorizationJpaEntity entity) {
    return new PriorAuthorization(
        new PriorAuthorizationId(UUID.fromString(entity.getId())),
        PatientId.of(entity.getPatientId()),
        new AuthorizationTerms(
            entity.getPayer(),
            DelimitedValues.toList(entity.getCptCodes(), CptCode::new),
            entity.getUnits(),
            entity.getSpinalRegion() == null
                ? null
                : SpinalRegion.valueOf(entity.getSpinalRegion()),
            entity.getLaterality() == null ? null : Laterality.valueOf(entity.getLaterality()),
            entity.getValidFrom(),
            entity.getValidTo(),
            entity.getVisitsApproved(),
            entity.getDocumentReference()),
        AuthorizationStatus.valueOf(entity.getStatus()),
        entity.getAuthorizationNumber(),
        entity.getStatusNote(),
        stamp(entity.getRecordedAt(), entity.getRecordedBy()),
        stamp(entity.getChangedAt(), entity.getChangedBy()),
        entity.getVersion());
  }

  @Mapping(target = "id", source = "id.value")
  @Mapping(target = "patientId", source = "patient.value")
  @Mapping(target = "payer", source = "terms.payer")
  @Mapping(target = "authorizationNumber", source = "number")
  @Mapping(target = "cptCodes", source = "terms.cptCodes")
  @Mapping(target = "units", source = "terms.units")
  @Mapping(target = "spinalRegion", source = "terms.region")
  @Mapping(target = "laterality", source = "terms.laterality")
  @Mapping(target = "validFrom", source = "terms.validFrom")
  @Mapping(target = "validTo", source = "terms.validTo")
  @Mapping(target = "visitsApproved", source = "terms.visitsApproved")
  @Mapping(target = "documentReference", source = "terms.document")
  @Mapping(target = "statusNote", source = "note")
  @Mapping(target = "recordedBy", source = "recorded.by")
  @Mapping(target = "recordedAt", source = "recorded.at")
  @Mapping(target = "changedBy", source = "changed.by")
  @Mapping(target = "changedAt", source = "changed.at")
  @Mapping(target = "version", ignore = true)
  void copyToEntity(
      PriorAuthorization authorization, @MappingTarget PriorAuthorizationJpaEntity entity);

  private static Stamp stamp(LocalDateTime at, String by) {
    return at == null ? null : new Stamp(UtcTime.fromColumn(at), new Actor(by));
  }

  default LocalDateTime toColumn(Instant instant) {
    return UtcTime.toColumn(instant);
  }

  default String fromActor(Actor actor) {
    return actor == null ? null : actor.username();
  }

  default String fromCodes(List<CptCode> codes) {
    return DelimitedValues.join(codes);
  }
}
