package org.procedura.api.rules;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * The documents on file that payer rules ask for before some procedures (a psychological evaluation
 * before a spinal cord stimulator trial; a prior authorization in a hospital outpatient setting).
 */
@Tag(name = "Documents", description = "Documents on file that the payer rules ask for.")
@HttpExchange("/api/v1/patients/{patientId}/documents")
public interface DocumentsApi {

  @Operation(
      operationId = "listPatientDocuments",
      summary = "List a patient's documents",
      description =
          "The documents on file that the rules ask for, e.g. a psychological evaluation or a prior authorization.")
  @GetExchange
  List<DocumentResponse> list(@PathVariable("patientId") UUID patientId);

  @Operation(
      operationId = "addPatientDocument",
      summary = "Add a document on file",
      description =
          "Records that a document the rules ask for is on file, with the day received and its reference.")
  @PostExchange
  ResponseEntity<DocumentResponse> add(
      @PathVariable("patientId") UUID patientId, @Valid @RequestBody DocumentRequest request);
}
