package org.procedura.api.rules;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Rule sets", description = "Versioned payer rule sets.")
@HttpExchange("/api/v1/rule-sets")
public interface RuleSetsApi {

  @Operation(
      operationId = "listRuleSets",
      summary = "List the payer rule sets",
      description = "Every payer rule set in its current version.")
  @GetExchange
  List<RuleSetResponse> list();

  /** The current version; its ETag is the version. */
  @Operation(
      operationId = "getRuleSet",
      summary = "Get a payer rule set",
      description = "The current version of a payer rule set; the ETag carries the version.")
  @GetExchange("/{code}")
  ResponseEntity<RuleSetResponse> current(@PathVariable("code") String code);

  @Operation(
      operationId = "getRuleSetVersion",
      summary = "Get a version of a payer rule set",
      description =
          "An earlier or the current version of a payer rule set, as bookings were checked against it; the ETag carries the version.")
  @GetExchange("/{code}/versions/{version}")
  ResponseEntity<RuleSetResponse> version(
      @PathVariable("code") String code, @PathVariable("version") int version);

  /** A new version with this rule changed; {@code If-Match} carries the version it was read at. */
  @Operation(
      operationId = "reviseRule",
      summary = "Revise a payer rule",
      description =
          "Writes the next version of the rule set with one rule changed; If-Match must carry the set's ETag.")
  @PutExchange("/{code}/rules/{ruleId}")
  ResponseEntity<RuleSetResponse> reviseRule(
      @PathVariable("code") String code,
      @PathVariable("ruleId") String ruleId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody RuleRevisionRequest request);
}
