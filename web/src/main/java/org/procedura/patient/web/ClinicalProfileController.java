package org.procedura.patient.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.procedura.api.patient.AllergyRequest;
import org.procedura.api.patient.ClinicalProfileApi;
import org.procedura.api.patient.ClinicalProfileResponse;
import org.procedura.api.patient.CoverageRequest;
import org.procedura.api.patient.DiabetesRequest;
import org.procedura.api.patient.DiagnosisRequest;
import org.procedura.api.patient.EndEntryRequest;
import org.procedura.api.patient.MedicationRequest;
import org.procedura.api.patient.PregnancyRequest;
import org.procedura.patient.application.AddedEntry;
import org.procedura.patient.application.ClinicalIntake;
import org.procedura.patient.application.ClinicalProfileView;
import org.procedura.patient.model.EntryId;
import org.procedura.patient.model.PatientId;
import org.procedura.patient.model.ProfilePart;
import org.procedura.patient.model.ProfileSection;
import org.procedura.shared.web.CurrentActor;
import org.procedura.shared.web.EntityTags;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ClinicalProfileController implements ClinicalProfileApi {
  private final ClinicalIntake intake;
  private final ClinicalProfileWebMapper mapper;
  private final CurrentActor actor;

  ClinicalProfileController(
      ClinicalIntake intake, ClinicalProfileWebMapper mapper, CurrentActor actor) {
    this.intake = intake;
    this.mapper = mapper;
    this.actor = actor;
  }

  @Override
  public ResponseEntity<ClinicalProfileResponse> get(UUID patientId) {
    return withTag(ResponseEntity.ok(), intake.get(new PatientId(patientId)));
  }

  @Override
  public ResponseEntity<ClinicalProfileResponse> addCoverage(
      UUID patientId, String ifMatch, CoverageRequest request) {
    long seen = EntityTags.versionFromIfMatch(ifMatch);
    return add(patientId, seen, ProfileSection.COVERAGES, "coverages", mapper.toCoverage(request));
  }

  @Override
  public ResponseEntity<ClinicalProfileResponse> changeCoverage(
      UUID patientId, UUID entryId, String ifMatch, CoverageRequest request) {
    long seen = EntityTags.versionFromIfMatch(ifMatch);
    return change(patientId, seen, ProfileSection.COVERAGES, entryId, mapper.toCoverage(request));
  }

  @Override
  public ResponseEntity<ClinicalProfileResponse> endCoverage(
      UUID patientId, UUID entryId, String ifMatch, EndEntryRequest request) {
    return end(patientId, ifMatch, ProfileSection.COVERAGES, entryId, request);
  }

  @Override
  public ResponseEntity<ClinicalProfileResponse> addAllergy(
      UUID patientId, String ifMatch, AllergyRequest request) {
    long seen = EntityTags.versionFromIfMatch(ifMatch);
    return add(patientId, seen, ProfileSection.ALLERGIES, "allergies", mapper.toAllergy(request));
  }

  @Override
  public ResponseEntity<ClinicalProfileResponse> changeAllergy(
      UUID patientId, UUID entryId, String ifMatch, AllergyRequest request) {
    long seen = EntityTags.versionFromIfMatch(ifMatch);
    return change(patientId, seen, ProfileSection.ALLERGIES, entryId, mapper.toAllergy(request));
  }

  @Override
  public ResponseEntity<ClinicalProfileResponse> endAllergy(
      UUID patientId, UUID entryId, String ifMatch, EndEntryRequest request) {
    return end(patientId, ifMatch, ProfileSection.ALLERGIES, entryId, request);
  }

  @Override
  public ResponseEntity<ClinicalProfileResponse> addMedication(
      UUID patientId, String ifMatch, MedicationRequest request) {
    long seen = EntityTags.versionFromIfMatch(ifMatch);
    return add(
        patientId, seen, ProfileSection.MEDICATIONS, "medications", mapper.toMedication(request));
  }

  @Override
  public ResponseEntity<ClinicalProfileResponse> changeMedication(
      UUID patientId, UUID entryId, String ifMatch, MedicationRequest request) {
    long seen = EntityTags.versionFromIfMatch(ifMatch);
    return change(
        patientId, seen, ProfileSection.MEDICATIONS, entryId, mapper.toMedication(request));
  }

  @Override
  public ResponseEntity<ClinicalProfileResponse> endMedication(
      UUID patientId, UUID entryId, String ifMatch, EndEntryRequest request) {
    return end(patientId, ifMatch, ProfileSection.MEDICATIONS, entryId, request);
  }

  @Override
  public ResponseEntity<ClinicalProfileResponse> addDiagnosis(
      UUID patientId, String ifMatch, DiagnosisRequest request) {
    long seen = EntityTags.versionFromIfMatch(ifMatch);
    return add(patientId, seen, ProfileSection.DIAGNOSES, "diagnoses", mapper.toDiagnosis(request));
  }

  @Override
  public ResponseEntity<ClinicalProfileResponse> changeDiagnosis(
      UUID patientId, UUID entryId, String ifMatch, DiagnosisRequest request) {
    long seen = EntityTags.versionFromIfMatch(ifMatch);
    return change(patientId, seen, ProfileSection.DIAGNOSES, entryId, mapper.toDiagnosis(request));
  }

  @Override
  public ResponseEntity<ClinicalProfileResponse> endDiagnosis(
      UUID patientId, UUID entryId, String ifMatch, EndEntryRequest request) {
    return end(patientId, ifMatch, ProfileSection.DIAGNOSES, entryId, request);
  }

  @Override
  public ResponseEntity<ClinicalProfileResponse> recordPregnancy(
      UUID patientId, String ifMatch, PregnancyRequest request) {
    long seen = EntityTags.versionFromIfMatch(ifMatch);
    return withTag(
        ResponseEntity.ok(),
        intake.recordPregnancy(new PatientId(patientId), seen, mapper.toPregnancy(request)));
  }

  @Override
  public ResponseEntity<ClinicalProfileResponse> recordDiabetes(
      UUID patientId, String ifMatch, DiabetesRequest request) {
    long seen = EntityTags.versionFromIfMatch(ifMatch);
    return withTag(
        ResponseEntity.ok(),
        intake.recordDiabetes(new PatientId(patientId), seen, request.diabetic()));
  }

  private <D extends ProfilePart> ResponseEntity<ClinicalProfileResponse> add(
      UUID patientId, long seen, ProfileSection<D> section, String path, D details) {
    AddedEntry added = intake.add(new PatientId(patientId), seen, section, details, actor.get());
    URI location =
        URI.create(
            "/api/v1/patients/" + patientId + "/clinical-profile/" + path + "/" + added.id());
    return withTag(ResponseEntity.created(location), added.view());
  }

  private <D extends ProfilePart> ResponseEntity<ClinicalProfileResponse> change(
      UUID patientId, long seen, ProfileSection<D> section, UUID entryId, D details) {
    ClinicalProfileView view =
        intake.change(
            new PatientId(patientId), seen, section, new EntryId(entryId), details, actor.get());
    return withTag(ResponseEntity.ok(), view);
  }

  private ResponseEntity<ClinicalProfileResponse> end(
      UUID patientId,
      String ifMatch,
      ProfileSection<?> section,
      UUID entryId,
      EndEntryRequest request) {
    long seen = EntityTags.versionFromIfMatch(ifMatch);
    LocalDate endedOn = request == null ? null : request.endedOn();
    ClinicalProfileView view =
        intake.end(
            new PatientId(patientId), seen, section, new EntryId(entryId), endedOn, actor.get());
    return withTag(ResponseEntity.ok(), view);
  }

  private ResponseEntity<ClinicalProfileResponse> withTag(
      ResponseEntity.BodyBuilder builder, ClinicalProfileView view) {
    return builder.eTag(EntityTags.of(view.profile().getVersion())).body(mapper.toResponse(view));
  }
}
