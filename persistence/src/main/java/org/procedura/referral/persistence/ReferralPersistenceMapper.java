package org.procedura.referral.persistence;

import java.time.Instant;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.Named;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.patient.model.Icd10Code;
import org.procedura.patient.model.Laterality;
import org.procedura.patient.model.MedicalRecordNumber;
import org.procedura.patient.model.PatientId;
import org.procedura.patient.model.PersonName;
import org.procedura.referral.model.ConservativeCare;
import org.procedura.referral.model.Referral;
import org.procedura.referral.model.ReferralDetails;
import org.procedura.referral.model.ReferralDiagnosis;
import org.procedura.referral.model.ReferralId;
import org.procedura.referral.model.ReferralStatus;
import org.procedura.referral.model.ReferralWorkItem;
import org.procedura.referral.model.ReferringProvider;
import org.procedura.referral.model.StatusChange;
import org.procedura.referral.model.Urgency;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.Npi;
import org.procedura.shared.model.Stamp;

@Mapper
interface ReferralPersistenceMapper {

  default Referral toDomain(ReferralJpaEntity entity) {
    return new Referral(
        ReferralId.of(entity.getId()),
        PatientId.of(entity.getPatientId()),
        toDetails(entity),
        entity.getHistory().stream().map(ReferralPersistenceMapper::toStatusChange).toList(),
        entity.getAppointmentReference(),
        entity.getVersion());
  }

  default ReferralDetails toDetails(ReferralJpaEntity entity) {
    return new ReferralDetails(
        new ReferringProvider(
            entity.getProviderName(),
            new Npi(entity.getProviderNpi()),
            entity.getProviderPractice(),
            entity.getProviderContact()),
        entity.getReceivedOn(),
        entity.getReason(),
        entity.getDiagnoses().stream().map(ReferralPersistenceMapper::toDiagnosis).toList(),
        entity.getPainOnset(),
        new ConservativeCare(
            entity.getPhysicalTherapyWeeks(),
            List.copyOf(entity.getMedicationsTried()),
            entity.getOtherConservativeCare()),
        Urgency.valueOf(entity.getUrgency()),
        entity.getRequestedProcedureType() == null
            ? null
            : new ProcedureTypeCode(entity.getRequestedProcedureType()),
        entity.getNotes());
  }

  default ReferralWorkItem toWorkItem(WorklistRow row) {
    return new ReferralWorkItem(
        ReferralId.of(row.id()),
        PatientId.of(row.patientId()),
        new MedicalRecordNumber(row.mrn()),
        new PersonName(row.givenName(), row.familyName()),
        ReferralStatus.valueOf(row.status()),
        Urgency.valueOf(row.urgency()),
        row.receivedOn(),
        row.providerName(),
        row.requestedProcedureType() == null
            ? null
            : new ProcedureTypeCode(row.requestedProcedureType()));
  }

  @Mapping(target = "id", source = "id.value")
  @Mapping(target = "patientId", source = "patientId.value")
  @Mapping(target = "urgency", source = "details.urgency")
  @Mapping(target = "receivedOn", source = "details.receivedOn")
  @Mapping(target = "recordedAt", source = ".", qualifiedByName = "recordedAt")
  @Mapping(target = "reason", source = "details.reason")
  @Mapping(target = "painOnset", source = "details.painOnset")
  @Mapping(
      target = "physicalTherapyWeeks",
      source = "details.conservativeCare.physicalTherapyWeeks")
  @Mapping(target = "medicationsTried", source = "details.conservativeCare.medicationsTried")
  @Mapping(target = "otherConservativeCare", source = "details.conservativeCare.other")
  @Mapping(target = "providerName", source = "details.referringProvider.name")
  @Mapping(target = "providerNpi", source = "details.referringProvider.npi.value")
  @Mapping(target = "providerPractice", source = "details.referringProvider.practice")
  @Mapping(target = "providerContact", source = "details.referringProvider.contact")
  @Mapping(target = "requestedProcedureType", source = "details.requestedProcedureType.value")
  @Mapping(target = "notes", source = "details.notes")
  @Mapping(target = "diagnoses", source = "details.diagnoses")
  @Mapping(target = "version", ignore = true)
  void copyToEntity(Referral referral, @MappingTarget ReferralJpaEntity entity);

  ReferralDiagnosisRow toRow(ReferralDiagnosis diagnosis);

  @Mapping(target = "fromStatus", source = "from")
  @Mapping(target = "toStatus", source = "to")
  @Mapping(target = "changedAt", source = "stamp.at")
  @Mapping(target = "changedBy", source = "stamp.by.username")
  StatusChangeRow toRow(StatusChange change);

  /** When the referral was recorded: its first step, the receipt. */
  @Named("recordedAt")
  default Instant recordedAt(Referral referral) {
    return referral.getHistory().getFirst().stamp().at();
  }

  default String fromIcd10(Icd10Code code) {
    return code.value();
  }

  private static ReferralDiagnosis toDiagnosis(ReferralDiagnosisRow row) {
    return new ReferralDiagnosis(
        new Icd10Code(row.getCode()),
        row.getDescription(),
        row.getLaterality() == null ? null : Laterality.valueOf(row.getLaterality()));
  }

  private static StatusChange toStatusChange(StatusChangeRow row) {
    return new StatusChange(
        row.getFromStatus() == null ? null : ReferralStatus.valueOf(row.getFromStatus()),
        ReferralStatus.valueOf(row.getToStatus()),
        new Stamp(row.getChangedAt(), new Actor(row.getChangedBy())),
        row.getNote());
  }
}
