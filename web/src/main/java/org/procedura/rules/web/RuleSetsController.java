package org.procedura.rules.web;

import java.util.List;
import org.procedura.api.rules.PayerRuleDto;
import org.procedura.api.rules.RuleRevisionRequest;
import org.procedura.api.rules.RuleSetResponse;
import org.procedura.api.rules.RuleSetsApi;
import org.procedura.patient.model.RuleSetCode;
import org.procedura.rules.application.RuleSetAdministration;
import org.procedura.rules.model.PayerRule;
import org.procedura.rules.model.RuleParameters;
import org.procedura.rules.model.RuleSet;
import org.procedura.rules.model.Severity;
import org.procedura.shared.web.EntityTags;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RuleSetsController implements RuleSetsApi {
  private final RuleSetAdministration administration;

  RuleSetsController(RuleSetAdministration administration) {
    this.administration = administration;
  }

  @Override
  public List<RuleSetResponse> list() {
    return administration.all().stream().map(RuleSetsController::toResponse).toList();
  }

  @Override
  public ResponseEntity<RuleSetResponse> current(String code) {
    return tagged(administration.current(new RuleSetCode(code)));
  }

  @Override
  public ResponseEntity<RuleSetResponse> version(String code, int version) {
    return tagged(administration.version(new RuleSetCode(code), version));
  }

  @Override
  public ResponseEntity<RuleSetResponse> reviseRule(
      String code, String ruleId, String ifMatch, RuleRevisionRequest request) {
    int seen = Math.toIntExact(EntityTags.versionFromIfMatch(ifMatch));
    return tagged(
        administration.reviseRule(
            new RuleSetCode(code),
            seen,
            ruleId,
            Severity.valueOf(request.severity()),
            request.parameters()));
  }

  private static ResponseEntity<RuleSetResponse> tagged(RuleSet set) {
    return ResponseEntity.ok().eTag(EntityTags.of((long) set.version())).body(toResponse(set));
  }

  private static RuleSetResponse toResponse(RuleSet set) {
    return new RuleSetResponse(
        set.code().value(),
        set.version(),
        set.rules().stream().map(RuleSetsController::toDto).toList());
  }

  private static PayerRuleDto toDto(PayerRule rule) {
    var header = rule.header();
    return new PayerRuleDto(
        header.id(),
        RuleParameters.kindOf(rule),
        header.severity().name(),
        header.scope().categories().stream()
            .map(Enum::name)
            .collect(java.util.stream.Collectors.toSet()),
        header.scope().types().stream()
            .map(Object::toString)
            .collect(java.util.stream.Collectors.toSet()),
        header.scope().purpose() == null ? null : header.scope().purpose().name(),
        RuleParameters.of(rule),
        header.source());
  }
}
