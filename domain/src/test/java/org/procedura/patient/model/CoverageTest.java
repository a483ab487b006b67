package org.procedura.patient.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.shared.model.DomainAssertions.assertInvalid;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CoverageTest {
  private static final RuleSetCode MEDICARE = new RuleSetCode("MEDICARE_DEFAULT");

  @Test
  void keepsPayerPlanMemberIdAndRuleSetTrimmed() {
    Coverage coverage = new Coverage(" Aetna ", " Open Access ", " W123-456 ", MEDICARE);

    assertThat(coverage.payer()).isEqualTo("Aetna");
    assertThat(coverage.plan()).isEqualTo("Open Access");
    assertThat(coverage.memberId()).isEqualTo("W123-456");
    assertThat(coverage.ruleSet().value()).isEqualTo("MEDICARE_DEFAULT");
  }

  @Test
  void thePlanIsOptional() {
    assertThat(new Coverage("Medicare", "  ", "1EG4TE5MK72", MEDICARE).plan()).isNull();
  }

  @Test
  void needsPayerMemberIdAndRuleSet() {
    assertInvalid("payer", () -> new Coverage(" ", null, "1EG4TE5MK72", MEDICARE));
    assertInvalid("memberId", () -> new Coverage("Medicare", null, null, MEDICARE));
    assertInvalid("ruleSet", () -> new Coverage("Medicare", null, "1EG4TE5MK72", null));
  }

  @Test
  void boundsTheLengths() {
    assertThat(new Coverage("P".repeat(100), "Q".repeat(100), "M".repeat(40), MEDICARE))
        .isNotNull();
    assertInvalid("payer", () -> new Coverage("P".repeat(101), null, "M1", MEDICARE));
    assertInvalid("plan", () -> new Coverage("Payer", "Q".repeat(101), "M1", MEDICARE));
    assertInvalid("memberId", () -> new Coverage("Payer", null, "M".repeat(41), MEDICARE));
  }

  @ParameterizedTest
  @ValueSource(strings = {"-123", "12 34", "12/34", "ID#1"})
  void refusesAMemberIdOfOtherThanLettersDigitsAndHyphens(String memberId) {
    assertInvalid("memberId", () -> new Coverage("Payer", null, memberId, MEDICARE));
  }

  @ParameterizedTest
  @ValueSource(strings = {"MEDICARE_DEFAULT", "AETNA_2026", "BC"})
  void acceptsARuleSetCodeOfCapitalsDigitsAndUnderscores(String code) {
    assertThat(new RuleSetCode(code).value()).isEqualTo(code);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"medicare_default", "M", "1MEDICARE", "_MEDICARE", "MEDICARE-DEFAULT"})
  void refusesAnyOtherRuleSetCode(String code) {
    assertInvalid("ruleSet", () -> new RuleSetCode(code));
  }

  @Test
  void refusesARuleSetCodeLongerThanFortyCharacters() {
    assertThat(new RuleSetCode("R".repeat(40)).value()).hasSize(40);
    assertInvalid("ruleSet", () -> new RuleSetCode("R".repeat(41)));
  }
}
