package org.procedura.rules.web;

import java.util.UUID;
import org.procedura.api.rules.RuleCheckApi;
import org.procedura.api.rules.RuleCheckResponse;
import org.procedura.rules.application.AppointmentRuleChecks;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.shared.web.ClinicTime;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RuleCheckController implements RuleCheckApi {
  private final AppointmentRuleChecks checks;
  private final ClinicTime time;
  private final RulesWebMapper mapper;

  RuleCheckController(AppointmentRuleChecks checks, ClinicTime time, RulesWebMapper mapper) {
    this.checks = checks;
    this.time = time;
    this.mapper = mapper;
  }

  @Override
  public RuleCheckResponse ruleCheck(UUID id) {
    var check = checks.of(new AppointmentId(id));
    return new RuleCheckResponse(
        check.ruleSetCode(),
        check.ruleSetVersion(),
        check.acknowledgedRules().stream().sorted().toList(),
        check.acknowledgedBy(),
        check.acknowledgementReason(),
        time.toOffset(check.checkedAt()),
        check.holds().stream().map(hold -> mapper.toDto(hold, time)).toList(),
        check.atCheckIn() == null
            ? null
            : new RuleCheckResponse.AtCheckIn(
                check.atCheckIn().ruleSetCode(),
                check.atCheckIn().ruleSetVersion(),
                check.atCheckIn().findings(),
                time.toOffset(check.atCheckIn().checkedAt())));
  }
}
