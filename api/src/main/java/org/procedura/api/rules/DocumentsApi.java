package org.procedura.api.rules;

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
@HttpExchange("/api/v1/patients/{patientId}/documents")
public interface DocumentsApi {

  @GetExchange
  List<DocumentResponse> list(@PathVariable("patientId") UUID patientId);

  @PostExchange
  ResponseEntity<DocumentResponse> add(
      @PathVariable("patientId") UUID patientId, @Valid @RequestBody DocumentRequest request);
}
