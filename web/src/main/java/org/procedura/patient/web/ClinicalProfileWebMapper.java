package org.procedura.patient.web;

import java.time.LocalDate;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.procedura.api.patient.AllergyEntry;
import org.procedura.api.patient.AllergyRequest;
import org.procedura.api.patient.ClinicalProfileResponse;
import org.procedura.api.patient.CoverageEntry;
import org.procedura.api.patient.CoverageRequest;
import org.procedura.api.patient.DiagnosisEntry;
import org.procedura.api.patient.DiagnosisRequest;
import org.procedura.api.patient.MedicationEntry;
import org.procedura.api.patient.MedicationRequest;
import org.procedura.api.patient.PregnancyRequest;
import org.procedura.patient.application.ClinicalProfileView;
import org.procedura.patient.model.Allergy;
import org.procedura.patient.model.ClinicalProfile;
import org.procedura.patient.model.Coverage;
import org.procedura.patient.model.Diagnosis;
import org.procedura.patient.model.Icd10Code;
import org.procedura.patient.model.Medication;
import org.procedura.patient.model.PainDuration;
import org.procedura.patient.model.Pregnancy;
import org.procedura.patient.model.ProfileEntry;
import org.procedura.patient.model.RuleSetCode;

@Mapper
interface ClinicalProfileWebMapper {

  Coverage toCoverage(CoverageRequest request);

  Allergy toAllergy(AllergyRequest request);

  Medication toMedication(MedicationRequest request);

  Diagnosis toDiagnosis(DiagnosisRequest request);

  Pregnancy toPregnancy(PregnancyRequest request);

  default ClinicalProfileResponse toResponse(ClinicalProfileView view) {
    return toResponse(view.profile(), view.today());
  }

  @Mapping(target = "patientId", source = "patientId.value")
  ClinicalProfileResponse toResponse(ClinicalProfile profile, @Context LocalDate today);

  @Mapping(target = "id", source = "id.value")
  @Mapping(target = ".", source = "details")
  @Mapping(target = "recordedAt", source = "recorded.at")
  @Mapping(target = "recordedBy", source = "recorded.by.username")
  @Mapping(target = "changedAt", source = "changed.at")
  @Mapping(target = "changedBy", source = "changed.by.username")
  @Mapping(target = "endedAt", source = "ended.at")
  @Mapping(target = "endedBy", source = "ended.by.username")
  CoverageEntry toCoverageEntry(ProfileEntry<Coverage> entry);

  @Mapping(target = "id", source = "id.value")
  @Mapping(target = ".", source = "details")
  @Mapping(target = "recordedAt", source = "recorded.at")
  @Mapping(target = "recordedBy", source = "recorded.by.username")
  @Mapping(target = "changedAt", source = "changed.at")
  @Mapping(target = "changedBy", source = "changed.by.username")
  @Mapping(target = "endedAt", source = "ended.at")
  @Mapping(target = "endedBy", source = "ended.by.username")
  AllergyEntry toAllergyEntry(ProfileEntry<Allergy> entry);

  @Mapping(target = "id", source = "id.value")
  @Mapping(target = ".", source = "details")
  @Mapping(target = "recordedAt", source = "recorded.at")
  @Mapping(target = "recordedBy", source = "recorded.by.username")
  @Mapping(target = "changedAt", source = "changed.at")
  @Mapping(target = "changedBy", source = "changed.by.username")
  @Mapping(target = "endedAt", source = "ended.at")
  @Mapping(target = "endedBy", source = "ended.by.username")
  MedicationEntry toMedicationEntry(ProfileEntry<Medication> entry);

  @Mapping(target = "id", source = "id.value")
  @Mapping(target = ".", source = "details")
  @Mapping(target = "painDuration", source = "details", qualifiedByName = "painDuration")
  @Mapping(target = "chronicPain", source = "details", qualifiedByName = "chronicPain")
  @Mapping(target = "recordedAt", source = "recorded.at")
  @Mapping(target = "recordedBy", source = "recorded.by.username")
  @Mapping(target = "changedAt", source = "changed.at")
  @Mapping(target = "changedBy", source = "changed.by.username")
  @Mapping(target = "endedAt", source = "ended.at")
  @Mapping(target = "endedBy", source = "ended.by.username")
  DiagnosisEntry toDiagnosisEntry(ProfileEntry<Diagnosis> entry, @Context LocalDate today);

  @Named("painDuration")
  default String painDuration(Diagnosis diagnosis, @Context LocalDate today) {
    PainDuration duration = diagnosis.painDurationOn(today);
    return duration == null ? null : duration.length().toString();
  }

  @Named("chronicPain")
  default Boolean chronicPain(Diagnosis diagnosis, @Context LocalDate today) {
    PainDuration duration = diagnosis.painDurationOn(today);
    return duration == null ? null : duration.chronic();
  }

  default RuleSetCode toRuleSet(String code) {
    return code == null ? null : new RuleSetCode(code);
  }

  default String fromRuleSet(RuleSetCode code) {
    return code.value();
  }

  default Icd10Code toIcd10(String code) {
    return code == null ? null : new Icd10Code(code);
  }

  default String fromIcd10(Icd10Code code) {
    return code.value();
  }
}
