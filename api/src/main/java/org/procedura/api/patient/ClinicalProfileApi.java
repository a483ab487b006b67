package org.procedura.api.patient;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(
    name = "Clinical profiles",
    description =
        "A patient's coverages, allergies, medications, diagnoses, pregnancy and diabetes.")
@HttpExchange("/api/v1/patients/{patientId}/clinical-profile")
public interface ClinicalProfileApi {

  @Operation(
      operationId = "getClinicalProfile",
      summary = "Get a clinical profile",
      description =
          "The patient's coverages, allergies, medications, diagnoses, pregnancy and diabetes; the ETag carries its version.")
  @GetExchange
  ResponseEntity<ClinicalProfileResponse> get(@PathVariable("patientId") UUID patientId);

  @Operation(
      operationId = "addCoverage",
      summary = "Add a coverage",
      description = "Adds a payer coverage to the profile; If-Match must carry the profile's ETag.")
  @PostExchange("/coverages")
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<ClinicalProfileResponse> addCoverage(
      @PathVariable("patientId") UUID patientId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody CoverageRequest request);

  @Operation(
      operationId = "changeCoverage",
      summary = "Change a coverage",
      description = "Changes a current coverage; If-Match must carry the profile's ETag.")
  @ApiResponse(responseCode = "200", description = "The clinical profile as it is now")
  @ApiResponse(
      responseCode = "409",
      description = "The entry has ended and cannot change (reason ALREADY_ENDED)")
  @PutExchange("/coverages/{entryId}")
  ResponseEntity<ClinicalProfileResponse> changeCoverage(
      @PathVariable("patientId") UUID patientId,
      @PathVariable("entryId") UUID entryId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody CoverageRequest request);

  @Operation(
      operationId = "endCoverage",
      summary = "End a coverage",
      description =
          "Ends a coverage on a day, keeping it as history; If-Match must carry the profile's ETag.")
  @ApiResponse(responseCode = "200", description = "The clinical profile as it is now")
  @ApiResponse(
      responseCode = "409",
      description = "The entry has already ended (reason ALREADY_ENDED)")
  @PostExchange("/coverages/{entryId}/end")
  ResponseEntity<ClinicalProfileResponse> endCoverage(
      @PathVariable("patientId") UUID patientId,
      @PathVariable("entryId") UUID entryId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody(required = false) EndEntryRequest request);

  @Operation(
      operationId = "addAllergy",
      summary = "Add an allergy",
      description = "Adds an allergy to the profile; If-Match must carry the profile's ETag.")
  @PostExchange("/allergies")
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<ClinicalProfileResponse> addAllergy(
      @PathVariable("patientId") UUID patientId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody AllergyRequest request);

  @Operation(
      operationId = "changeAllergy",
      summary = "Change an allergy",
      description = "Changes a current allergy; If-Match must carry the profile's ETag.")
  @ApiResponse(responseCode = "200", description = "The clinical profile as it is now")
  @ApiResponse(
      responseCode = "409",
      description = "The entry has ended and cannot change (reason ALREADY_ENDED)")
  @PutExchange("/allergies/{entryId}")
  ResponseEntity<ClinicalProfileResponse> changeAllergy(
      @PathVariable("patientId") UUID patientId,
      @PathVariable("entryId") UUID entryId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody AllergyRequest request);

  @Operation(
      operationId = "endAllergy",
      summary = "End an allergy",
      description =
          "Ends an allergy, keeping it as history; If-Match must carry the profile's ETag.")
  @ApiResponse(responseCode = "200", description = "The clinical profile as it is now")
  @ApiResponse(
      responseCode = "409",
      description = "The entry has already ended (reason ALREADY_ENDED)")
  @PostExchange("/allergies/{entryId}/end")
  ResponseEntity<ClinicalProfileResponse> endAllergy(
      @PathVariable("patientId") UUID patientId,
      @PathVariable("entryId") UUID entryId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody(required = false) EndEntryRequest request);

  @Operation(
      operationId = "addMedication",
      summary = "Add a medication",
      description =
          "Adds a current medication, with its antithrombotic class; If-Match must carry the profile's ETag.")
  @PostExchange("/medications")
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<ClinicalProfileResponse> addMedication(
      @PathVariable("patientId") UUID patientId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody MedicationRequest request);

  /** Changes a medication, e.g. to record that the patient confirmed it again today. */
  @Operation(
      operationId = "changeMedication",
      summary = "Change a medication",
      description = "Changes a current medication; If-Match must carry the profile's ETag.")
  @ApiResponse(responseCode = "200", description = "The clinical profile as it is now")
  @ApiResponse(
      responseCode = "409",
      description = "The entry has ended and cannot change (reason ALREADY_ENDED)")
  @PutExchange("/medications/{entryId}")
  ResponseEntity<ClinicalProfileResponse> changeMedication(
      @PathVariable("patientId") UUID patientId,
      @PathVariable("entryId") UUID entryId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody MedicationRequest request);

  /** The patient stopped taking it on {@code endedOn} (today when left out). */
  @Operation(
      operationId = "endMedication",
      summary = "End a medication",
      description =
          "Ends a medication, keeping it as history; If-Match must carry the profile's ETag.")
  @ApiResponse(responseCode = "200", description = "The clinical profile as it is now")
  @ApiResponse(
      responseCode = "409",
      description = "The entry has already ended (reason ALREADY_ENDED)")
  @PostExchange("/medications/{entryId}/end")
  ResponseEntity<ClinicalProfileResponse> endMedication(
      @PathVariable("patientId") UUID patientId,
      @PathVariable("entryId") UUID entryId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody(required = false) EndEntryRequest request);

  @Operation(
      operationId = "addDiagnosis",
      summary = "Add a diagnosis",
      description =
          "Adds an ICD-10 diagnosis with its onset; If-Match must carry the profile's ETag.")
  @PostExchange("/diagnoses")
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<ClinicalProfileResponse> addDiagnosis(
      @PathVariable("patientId") UUID patientId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody DiagnosisRequest request);

  @Operation(
      operationId = "changeDiagnosis",
      summary = "Change a diagnosis",
      description = "Changes a current diagnosis; If-Match must carry the profile's ETag.")
  @ApiResponse(responseCode = "200", description = "The clinical profile as it is now")
  @ApiResponse(
      responseCode = "409",
      description = "The entry has ended and cannot change (reason ALREADY_ENDED)")
  @PutExchange("/diagnoses/{entryId}")
  ResponseEntity<ClinicalProfileResponse> changeDiagnosis(
      @PathVariable("patientId") UUID patientId,
      @PathVariable("entryId") UUID entryId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody DiagnosisRequest request);

  @Operation(
      operationId = "endDiagnosis",
      summary = "End a diagnosis",
      description =
          "Ends a diagnosis, keeping it as history; If-Match must carry the profile's ETag.")
  @ApiResponse(responseCode = "200", description = "The clinical profile as it is now")
  @ApiResponse(
      responseCode = "409",
      description = "The entry has already ended (reason ALREADY_ENDED)")
  @PostExchange("/diagnoses/{entryId}/end")
  ResponseEntity<ClinicalProfileResponse> endDiagnosis(
      @PathVariable("patientId") UUID patientId,
      @PathVariable("entryId") UUID entryId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody(required = false) EndEntryRequest request);

  /** Records the latest pregnancy check; it replaces the previous one. */
  @Operation(
      operationId = "recordPregnancy",
      summary = "Record pregnancy status",
      description =
          "Records the pregnancy status with the day it was checked; If-Match must carry the profile's ETag.")
  @PutExchange("/pregnancy")
  ResponseEntity<ClinicalProfileResponse> recordPregnancy(
      @PathVariable("patientId") UUID patientId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody PregnancyRequest request);

  @Operation(
      operationId = "recordDiabetes",
      summary = "Record diabetes",
      description =
          "Records whether the patient is diabetic; If-Match must carry the profile's ETag.")
  @PutExchange("/diabetes")
  ResponseEntity<ClinicalProfileResponse> recordDiabetes(
      @PathVariable("patientId") UUID patientId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody DiabetesRequest request);
}
