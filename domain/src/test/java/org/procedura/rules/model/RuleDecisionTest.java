package org.procedura.rules.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.procedura.scheduling.model.Acknowledgement;
import org.procedura.shared.model.Actor;

class RuleDecisionTest {
  private static final Finding HOLD = finding("ANTITHROMBOTIC_HOLD", Severity.WARN);
  private static final Finding LEVELS = finding("ESI_IL_LEVELS", Severity.WARN);
  private static final Finding FREQUENCY = finding("ESI_FREQUENCY", Severity.BLOCK);
  private static final Actor PHYSICIAN = new Actor("physician");

  private static Finding finding(String rule, Severity severity) {
    return new Finding(rule, severity, "found", Map.of(), "resolve", null);
  }

  @Test
  void nothingFoundIsAllowed() {
    assertThat(RuleDecision.of(List.of(), null)).isInstanceOf(RuleDecision.Allowed.class);
  }

  @Test
  void aBlockRefusesEvenWithAnAcknowledgement() {
    var ack =
        new Acknowledgement(
            PHYSICIAN, true, "benefit outweighs", Set.of("ESI_FREQUENCY", "ANTITHROMBOTIC_HOLD"));

    assertThat(RuleDecision.of(List.of(FREQUENCY, HOLD), ack))
        .isInstanceOfSatisfying(
            RuleDecision.Refused.class,
            refused -> assertThat(refused.blocking()).containsExactly(FREQUENCY));
  }

  @Test
  void aWarningNeedsAnAcknowledgement() {
    assertThat(RuleDecision.of(List.of(HOLD), null))
        .isInstanceOfSatisfying(
            RuleDecision.Refused.class,
            refused -> assertThat(refused.unacknowledged()).containsExactly(HOLD));
  }

  @Test
  void onlyAPhysicianMayAcknowledge() {
    var byFrontDesk =
        new Acknowledgement(
            new Actor("frontdesk"), false, "patient insists", Set.of("ANTITHROMBOTIC_HOLD"));

    assertThat(RuleDecision.of(List.of(HOLD), byFrontDesk))
        .isInstanceOfSatisfying(
            RuleDecision.Refused.class,
            refused -> assertThat(refused.why()).contains("only a physician"));
  }

  @Test
  void theAcknowledgementMustNameEveryWarning() {
    var partial =
        new Acknowledgement(PHYSICIAN, true, "cardiology agrees", Set.of("ANTITHROMBOTIC_HOLD"));
    var complete =
        new Acknowledgement(
            PHYSICIAN, true, "cardiology agrees", Set.of("ANTITHROMBOTIC_HOLD", "ESI_IL_LEVELS"));

    assertThat(RuleDecision.of(List.of(HOLD, LEVELS), partial))
        .isInstanceOfSatisfying(
            RuleDecision.Refused.class,
            refused -> assertThat(refused.unacknowledged()).containsExactly(LEVELS));
    assertThat(RuleDecision.of(List.of(HOLD, LEVELS), complete))
        .isInstanceOfSatisfying(
            RuleDecision.Allowed.class,
            allowed -> assertThat(allowed.acknowledged()).containsExactly(HOLD, LEVELS));
  }

  @Test
  void anAcknowledgementNeedsAReason() {
    org.procedura.shared.model.DomainAssertions.assertInvalid(
        "acknowledgement.reason", () -> new Acknowledgement(PHYSICIAN, true, " ", Set.of("X")));
  }
}
