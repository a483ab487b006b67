package org.procedura.api.rules;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PutExchange;

/**
 * Payer rule sets as data. An administrator changes a rule without a deploy; each change makes a
 * new version of the whole set, and every earlier version stays readable.
 */
@HttpExchange("/api/v1/rule-sets")
public interface RuleSetsApi {

  @GetExchange
  List<RuleSetResponse> list();

  /** The current version; its ETag is the version. */
  @GetExchange("/{code}")
  ResponseEntity<RuleSetResponse> current(@PathVariable("code") String code);

  @GetExchange("/{code}/versions/{version}")
  RuleSetResponse version(@PathVariable("code") String code, @PathVariable("version") int version);

  /** A new version with this rule changed; {@code If-Match} carries the version it was read at. */
  @PutExchange("/{code}/rules/{ruleId}")
  ResponseEntity<RuleSetResponse> reviseRule(
      @PathVariable("code") String code,
      @PathVariable("ruleId") String ruleId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody RuleRevisionRequest request);
}
