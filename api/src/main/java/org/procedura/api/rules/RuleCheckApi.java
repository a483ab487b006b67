package org.procedura.api.rules;

import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

@HttpExchange("/api/v1/appointments/{id}/rule-check")
public interface RuleCheckApi {

  /**
   * What the procedure booking (or its last move) was checked against, and the physician's
   * acknowledgement of warnings it carried; 404 for a visit or an unknown appointment.
   */
  @GetExchange
  RuleCheckResponse ruleCheck(@PathVariable("id") UUID id);
}
