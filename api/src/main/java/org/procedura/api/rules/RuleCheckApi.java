package org.procedura.api.rules;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

@Tag(name = "Rule checks", description = "What the rules found for an appointment.")
@HttpExchange("/api/v1/appointments/{id}/rule-check")
public interface RuleCheckApi {

  /**
   * What the procedure booking (or its last move) was checked against, and the physician's
   * acknowledgement of warnings it carried; 404 for a visit or an unknown appointment.
   */
  @Operation(
      operationId = "getRuleCheck",
      summary = "Get an appointment's rule check",
      description =
          "What the rules found at booking and check-in, what was acknowledged, and the drug holds.")
  @GetExchange
  RuleCheckResponse ruleCheck(@PathVariable("id") UUID id);
}
