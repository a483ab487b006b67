package org.procedura.rules.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.procedura.catalog.model.ProcedurePurpose;
import org.procedura.patient.model.RuleSetCode;
import org.procedura.rules.model.FrequencyInWindow;
import org.procedura.rules.model.PayerRule;
import org.procedura.rules.model.RuleHeader;
import org.procedura.rules.model.RuleParameters;
import org.procedura.rules.model.RuleSet;
import org.procedura.rules.model.RuleSets;
import org.procedura.rules.model.Severity;
import org.procedura.shared.model.StaleVersionException;
import org.procedura.testing.RealDatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class RuleSetsJdbcAdapterIT extends RealDatabaseTest {
  private static final RuleSetCode MEDICARE = new RuleSetCode("MEDICARE_DEFAULT");

  @Autowired RuleSets ruleSets;
  @Autowired TransactionTemplate transaction;
  @Autowired javax.sql.DataSource dataSource;

  @Test
  void theSeedHoldsTheDefaultSetOfSectionTwoAndEveryRowIsAValidRule() {
    RuleSet seeded = ruleSets.version(MEDICARE, 1).orElseThrow();

    assertThat(seeded.rules()).hasSize(22);
    assertThat(seeded.rules().getFirst().header().id()).isEqualTo("ESI_DURATION");
    assertThat(rule(seeded, "ESI_FREQUENCY"))
        .isInstanceOfSatisfying(
            FrequencyInWindow.class, f -> assertThat(f.maxSessions()).isEqualTo(4));
    assertThat(RuleParameters.of(rule(seeded, "RFA_PREREQUISITE")))
        .containsEntry("blocks", "MBB_CERV,MBB_LUMB")
        .containsEntry("minReliefPercent", "80");
  }

  /**
   * Changeset 641 builds the next version on the current one: every rule of it, SI_FREQUENCY now
   * the therapeutic limit, and the facet, sacroiliac and vertebral augmentation rules added.
   */
  @Test
  void theCurrentDefaultSetAddsTheFacetSacroiliacAndAugmentationRules() {
    RuleSet current = ruleSets.current(MEDICARE).orElseThrow();

    assertThat(current.version()).isGreaterThan(1);
    assertThat(current.rules())
        .extracting(r -> r.header().id())
        .containsAll(
            ruleSets.version(MEDICARE, 1).orElseThrow().rules().stream()
                .map(r -> r.header().id())
                .toList())
        .contains(
            "FACET_SECOND_BLOCK_RELIEF",
            "RFA_REPEAT_BLOCKS",
            "SI_DIAGNOSTIC_FREQUENCY",
            "SI_DIAGNOSTIC_BLOCK_RELIEF",
            "VA_FRACTURE_AGE",
            "VA_LEVELS",
            "VA_PAIN_SCORE",
            "VA_PREGNANCY",
            "VA_LEVEL_COUNT");
    assertThat(rule(current, "SI_FREQUENCY").header().scope().purpose())
        .isEqualTo(ProcedurePurpose.THERAPEUTIC);
    assertThat(rule(current, "SI_DIAGNOSTIC_FREQUENCY"))
        .isInstanceOfSatisfying(
            FrequencyInWindow.class, f -> assertThat(f.maxSessions()).isEqualTo(2));
    assertThat(RuleParameters.of(rule(current, "SI_DIAGNOSTIC_BLOCK_RELIEF")))
        .containsEntry("blocksPurpose", "DIAGNOSTIC")
        .containsEntry("minReliefPercent", "75");
    assertThat(rule(current, "VA_LEVEL_COUNT").header().severity()).isEqualTo(Severity.WARN);
    assertThat(RuleParameters.of(rule(current, "VA_FRACTURE_AGE")))
        .containsEntry("diagnoses", "M48.5,M80,S22.0,S32.0")
        .containsEntry("within", "P84D");
    assertThat(
            rule(ruleSets.version(MEDICARE, 1).orElseThrow(), "SI_FREQUENCY")
                .header()
                .scope()
                .purpose())
        .isNull();
  }

  @Test
  void aNewVersionIsStoredWholeAndTheOldOneStaysAsItWas() {
    RuleSetCode code = copyOfDefault();
    RuleSet first = ruleSets.current(code).orElseThrow();
    RuleSet second = withEsiFrequency(first, 3);

    transaction.executeWithoutResult(status -> ruleSets.saveNewVersion(second));

    RuleSet current = ruleSets.current(code).orElseThrow();
    assertThat(current.version()).isEqualTo(2);
    assertThat(((FrequencyInWindow) rule(current, "ESI_FREQUENCY")).maxSessions()).isEqualTo(3);
    assertThat(
            ((FrequencyInWindow) rule(ruleSets.version(code, 1).orElseThrow(), "ESI_FREQUENCY"))
                .maxSessions())
        .isEqualTo(4);
    assertThat(current.rules())
        .extracting(r -> r.header().id())
        .containsExactlyElementsOf(first.rules().stream().map(r -> r.header().id()).toList());
  }

  @Test
  void refusesANewVersionBuiltOnAStaleOne() {
    RuleSetCode code = copyOfDefault();
    RuleSet first = ruleSets.current(code).orElseThrow();
    transaction.executeWithoutResult(status -> ruleSets.saveNewVersion(withEsiFrequency(first, 3)));

    assertThatThrownBy(
            () ->
                transaction.executeWithoutResult(
                    status -> ruleSets.saveNewVersion(withEsiFrequency(first, 2))))
        .isInstanceOf(StaleVersionException.class);
  }

  /** A set of its own for the test, version 1 copied from the default, so tests never collide. */
  private RuleSetCode copyOfDefault() {
    RuleSetCode code =
        new RuleSetCode("TEST_" + Long.toString(System.nanoTime(), 36).toUpperCase());
    var jdbc = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
    jdbc.update(
        "insert into payer_rule_set (code, name, current_version) values (?, 'test', 1)",
        code.value());
    jdbc.update(
        "insert into payer_rule (rule_set_code, version, position, rule_id, kind, severity, scope_categories,"
            + " scope_types, scope_purpose, parameters, source) select ?, version, position, rule_id, kind,"
            + " severity, scope_categories, scope_types, scope_purpose, parameters, source from payer_rule"
            + " where rule_set_code = 'MEDICARE_DEFAULT' and version = 1",
        code.value());
    return code;
  }

  private static RuleSet withEsiFrequency(RuleSet set, int maxSessions) {
    List<PayerRule> rules = new ArrayList<>();
    for (PayerRule rule : set.rules()) {
      if (rule.header().id().equals("ESI_FREQUENCY")) {
        FrequencyInWindow f = (FrequencyInWindow) rule;
        RuleHeader h = f.header();
        rules.add(new FrequencyInWindow(h, maxSessions, f.window(), f.perRegion()));
      } else {
        rules.add(rule);
      }
    }
    return new RuleSet(set.code(), set.version() + 1, rules);
  }

  private static PayerRule rule(RuleSet set, String id) {
    return set.rules().stream().filter(r -> r.header().id().equals(id)).findFirst().orElseThrow();
  }
}
