package org.procedura.patient.persistence;

import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.procedura.patient.model.Allergy;
import org.procedura.patient.model.ClinicalProfile;
import org.procedura.patient.model.Coverage;
import org.procedura.patient.model.Diagnosis;
import org.procedura.patient.model.EntryId;
import org.procedura.patient.model.Icd10Code;
import org.procedura.patient.model.Medication;
import org.procedura.patient.model.PatientId;
import org.procedura.patient.model.Pregnancy;
import org.procedura.patient.model.PregnancyStatus;
import org.procedura.patient.model.ProfileEntry;
import org.procedura.patient.model.ProfilePart;
import org.procedura.patient.model.RuleSetCode;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.Stamp;

@Mapper
interface ClinicalProfilePersistenceMapper {

  default ClinicalProfile toDomain(ClinicalProfileJpaEntity entity) {
    return new ClinicalProfile(
        PatientId.of(entity.getPatientId()),
        entity.getCoverages().stream()
            .map(row -> entry(row.getId(), toCoverage(row), row.getEntry()))
            .toList(),
        entity.getAllergies().stream()
            .map(row -> entry(row.getId(), toAllergy(row), row.getEntry()))
            .toList(),
        entity.getMedications().stream()
            .map(row -> entry(row.getId(), toMedication(row), row.getEntry()))
            .toList(),
        entity.getDiagnoses().stream()
            .map(row -> entry(row.getId(), toDiagnosis(row), row.getEntry()))
            .toList(),
        entity.getPregnancyStatus() == null
            ? null
            : new Pregnancy(
                PregnancyStatus.valueOf(entity.getPregnancyStatus()),
                entity.getPregnancyCheckedOn()),
        entity.getDiabetic(),
        entity.getVersion());
  }

  Coverage toCoverage(CoverageRow row);

  Allergy toAllergy(AllergyRow row);

  Medication toMedication(MedicationRow row);

  Diagnosis toDiagnosis(DiagnosisRow row);

  @Mapping(target = "patientId", source = "patientId.value")
  @Mapping(target = "pregnancyStatus", source = "pregnancy.status")
  @Mapping(target = "pregnancyCheckedOn", source = "pregnancy.checkedOn")
  @Mapping(target = "version", ignore = true)
  void copyToEntity(ClinicalProfile profile, @MappingTarget ClinicalProfileJpaEntity entity);

  List<CoverageRow> toCoverageRows(List<ProfileEntry<Coverage>> entries);

  List<AllergyRow> toAllergyRows(List<ProfileEntry<Allergy>> entries);

  List<MedicationRow> toMedicationRows(List<ProfileEntry<Medication>> entries);

  List<DiagnosisRow> toDiagnosisRows(List<ProfileEntry<Diagnosis>> entries);

  @Mapping(target = ".", source = "details")
  @Mapping(target = "entry", source = ".")
  CoverageRow toCoverageRow(ProfileEntry<Coverage> entry);

  @Mapping(target = ".", source = "details")
  @Mapping(target = "entry", source = ".")
  AllergyRow toAllergyRow(ProfileEntry<Allergy> entry);

  @Mapping(target = ".", source = "details")
  @Mapping(target = "entry", source = ".")
  MedicationRow toMedicationRow(ProfileEntry<Medication> entry);

  @Mapping(target = ".", source = "details")
  @Mapping(target = "entry", source = ".")
  DiagnosisRow toDiagnosisRow(ProfileEntry<Diagnosis> entry);

  default EntryColumns toColumns(ProfileEntry<?> entry) {
    EntryColumns columns = new EntryColumns();
    columns.setRecordedAt(entry.recorded().at());
    columns.setRecordedBy(entry.recorded().by().username());
    if (entry.changed() != null) {
      columns.setChangedAt(entry.changed().at());
      columns.setChangedBy(entry.changed().by().username());
    }
    if (entry.ended() != null) {
      columns.setEndedOn(entry.endedOn());
      columns.setEndedAt(entry.ended().at());
      columns.setEndedBy(entry.ended().by().username());
    }
    return columns;
  }

  default String fromEntryId(EntryId id) {
    return id.toString();
  }

  default RuleSetCode toRuleSet(String code) {
    return new RuleSetCode(code);
  }

  default String fromRuleSet(RuleSetCode code) {
    return code.value();
  }

  default Icd10Code toIcd10(String code) {
    return new Icd10Code(code);
  }

  default String fromIcd10(Icd10Code code) {
    return code.value();
  }

  private static <D extends ProfilePart> ProfileEntry<D> entry(
      String id, D details, EntryColumns columns) {
    return new ProfileEntry<>(
        EntryId.of(id),
        details,
        stamp(columns.getRecordedAt(), columns.getRecordedBy()),
        stamp(columns.getChangedAt(), columns.getChangedBy()),
        columns.getEndedOn(),
        stamp(columns.getEndedAt(), columns.getEndedBy()));
  }

  private static Stamp stamp(java.time.Instant at, String by) {
    return at == null ? null : new Stamp(at, new Actor(by));
  }
}
