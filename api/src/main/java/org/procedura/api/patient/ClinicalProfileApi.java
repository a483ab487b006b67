package org.procedura.api.patient;

import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;

/**
 * A patient's clinical profile. Every change carries the profile's ETag in {@code If-Match} and
 * answers with the whole profile and its new ETag. Coverages, allergies, medications and diagnoses
 * are added (201, Location of the entry), changed (PUT) and ended (POST .../end): an ended entry
 * stays, with the day it ended, and is no longer current.
 */
@HttpExchange("/api/v1/patients/{patientId}/clinical-profile")
public interface ClinicalProfileApi {

  @GetExchange
  ResponseEntity<ClinicalProfileResponse> get(@PathVariable("patientId") UUID patientId);

  @PostExchange("/coverages")
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<ClinicalProfileResponse> addCoverage(
      @PathVariable("patientId") UUID patientId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody CoverageRequest request);

  @PutExchange("/coverages/{entryId}")
  ResponseEntity<ClinicalProfileResponse> changeCoverage(
      @PathVariable("patientId") UUID patientId,
      @PathVariable("entryId") UUID entryId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody CoverageRequest request);

  @PostExchange("/coverages/{entryId}/end")
  ResponseEntity<ClinicalProfileResponse> endCoverage(
      @PathVariable("patientId") UUID patientId,
      @PathVariable("entryId") UUID entryId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody(required = false) EndEntryRequest request);

  @PostExchange("/allergies")
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<ClinicalProfileResponse> addAllergy(
      @PathVariable("patientId") UUID patientId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody AllergyRequest request);

  @PutExchange("/allergies/{entryId}")
  ResponseEntity<ClinicalProfileResponse> changeAllergy(
      @PathVariable("patientId") UUID patientId,
      @PathVariable("entryId") UUID entryId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody AllergyRequest request);

  @PostExchange("/allergies/{entryId}/end")
  ResponseEntity<ClinicalProfileResponse> endAllergy(
      @PathVariable("patientId") UUID patientId,
      @PathVariable("entryId") UUID entryId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody(required = false) EndEntryRequest request);

  @PostExchange("/medications")
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<ClinicalProfileResponse> addMedication(
      @PathVariable("patientId") UUID patientId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody MedicationRequest request);

  /** Changes a medication, e.g. to record that the patient confirmed it again today. */
  @PutExchange("/medications/{entryId}")
  ResponseEntity<ClinicalProfileResponse> changeMedication(
      @PathVariable("patientId") UUID patientId,
      @PathVariable("entryId") UUID entryId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody MedicationRequest request);

  /** The patient stopped taking it on {@code endedOn} (today when left out). */
  @PostExchange("/medications/{entryId}/end")
  ResponseEntity<ClinicalProfileResponse> endMedication(
      @PathVariable("patientId") UUID patientId,
      @PathVariable("entryId") UUID entryId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody(required = false) EndEntryRequest request);

  @PostExchange("/diagnoses")
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<ClinicalProfileResponse> addDiagnosis(
      @PathVariable("patientId") UUID patientId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody DiagnosisRequest request);

  @PutExchange("/diagnoses/{entryId}")
  ResponseEntity<ClinicalProfileResponse> changeDiagnosis(
      @PathVariable("patientId") UUID patientId,
      @PathVariable("entryId") UUID entryId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody DiagnosisRequest request);

  @PostExchange("/diagnoses/{entryId}/end")
  ResponseEntity<ClinicalProfileResponse> endDiagnosis(
      @PathVariable("patientId") UUID patientId,
      @PathVariable("entryId") UUID entryId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody(required = false) EndEntryRequest request);

  /** Records the latest pregnancy check; it replaces the previous one. */
  @PutExchange("/pregnancy")
  ResponseEntity<ClinicalProfileResponse> recordPregnancy(
      @PathVariable("patientId") UUID patientId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody PregnancyRequest request);

  @PutExchange("/diabetes")
  ResponseEntity<ClinicalProfileResponse> recordDiabetes(
      @PathVariable("patientId") UUID patientId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody DiabetesRequest request);
}
