package org.procedura.api.patient;

import static org.procedura.api.common.PlausibleDate.Range.HISTORY;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.UUID;
import org.procedura.api.common.PageResponse;
import org.procedura.api.common.PlausibleDate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;

@Tag(name = "Patients", description = "Registering, finding and correcting patients.")
@HttpExchange("/api/v1/patients")
public interface PatientsApi {

  /** Registers a patient; answers 201 with the patient, its location and its ETag. */
  @Operation(
      operationId = "registerPatient",
      summary = "Register a patient",
      description =
          "Registers a patient with an MRN of the clinic and opens an empty clinical profile.")
  @ApiResponse(
      responseCode = "409",
      description =
          "The MRN belongs to another patient (reason MRN_IN_USE) or none is left to assign (MRN_EXHAUSTED)")
  @PostExchange
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<PatientResponse> register(@Valid @RequestBody RegisterPatientRequest request);

  @Operation(
      operationId = "getPatient",
      summary = "Get a patient",
      description = "A patient's demographics; the ETag carries their version.")
  @GetExchange("/{id}")
  ResponseEntity<PatientResponse> get(@PathVariable("id") UUID id);

  /** Replaces the demographics; {@code If-Match} must carry the ETag read. */
  @Operation(
      operationId = "correctPatientDemographics",
      summary = "Correct a patient's demographics",
      description = "Replaces the demographics; If-Match must carry the ETag read.")
  @PutExchange("/{id}")
  ResponseEntity<PatientResponse> correctDemographics(
      @PathVariable("id") UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody PatientDemographicsRequest request);

  /** Finds patients by name fragment, date of birth or MRN (at least one), combined with AND. */
  @Operation(
      operationId = "searchPatients",
      summary = "Search patients",
      description = "Patients by name, date of birth or MRN, a page at a time.")
  @GetExchange
  PageResponse<PatientSummary> search(
      @RequestParam(name = "name", required = false) String name,
      @PlausibleDate(HISTORY) @RequestParam(name = "dateOfBirth", required = false)
          LocalDate dateOfBirth,
      @RequestParam(name = "mrn", required = false) String mrn,
      @RequestParam(name = "page", defaultValue = "0") int page,
      @RequestParam(name = "size", defaultValue = "20") int size);
}
