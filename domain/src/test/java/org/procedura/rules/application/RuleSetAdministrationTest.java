package org.procedura.rules.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.procedura.catalog.model.ProcedureCategory;
import org.procedura.patient.model.RuleSetCode;
import org.procedura.rules.model.FrequencyInWindow;
import org.procedura.rules.model.MinimumInterval;
import org.procedura.rules.model.RuleHeader;
import org.procedura.rules.model.RuleScope;
import org.procedura.rules.model.RuleSet;
import org.procedura.rules.model.RuleSets;
import org.procedura.rules.model.Severity;
import org.procedura.shared.model.NotFoundException;
import org.procedura.shared.model.StaleVersionException;

class RuleSetAdministrationTest {
  private static final RuleSetCode MEDICARE = new RuleSetCode("MEDICARE_DEFAULT");
  private static final RuleScope ESI = RuleScope.of(ProcedureCategory.EPIDURAL_STEROID_INJECTION);

  /** Keeps every version, like the real store, and refuses a stale one. */
  private static final class InMemoryRuleSets implements RuleSets {
    final List<RuleSet> versions = new ArrayList<>();

    @Override
    public Optional<RuleSet> current(RuleSetCode code) {
      return versions.stream().filter(v -> v.code().equals(code)).reduce((a, b) -> b);
    }

    @Override
    public Optional<RuleSet> version(RuleSetCode code, int version) {
      return versions.stream()
          .filter(v -> v.code().equals(code) && v.version() == version)
          .findFirst();
    }

    @Override
    public List<RuleSet> all() {
      return current(MEDICARE).stream().toList();
    }

    @Override
    public void saveNewVersion(RuleSet next) {
      int current = current(next.code()).map(RuleSet::version).orElse(0);
      if (current != next.version() - 1) {
        throw new StaleVersionException("rule set", next.version() - 1, current);
      }
      versions.add(next);
    }
  }

  private final InMemoryRuleSets store = new InMemoryRuleSets();
  private final RuleSetAdministration administration = new RuleSetAdministration(store);

  RuleSetAdministrationTest() {
    store.versions.add(
        new RuleSet(
            MEDICARE,
            1,
            List.of(
                new FrequencyInWindow(
                    new RuleHeader("ESI_FREQUENCY", Severity.BLOCK, ESI, "LCD"),
                    4,
                    Period.ofMonths(12),
                    true),
                new MinimumInterval(
                    new RuleHeader("ESI_INTERVAL", Severity.BLOCK, ESI, "LCD"),
                    Period.ofDays(14),
                    true))));
  }

  @Test
  void changingARuleMakesANewVersionAndKeepsTheOldOne() {
    RuleSet second =
        administration.reviseRule(
            MEDICARE,
            1,
            "ESI_FREQUENCY",
            Severity.WARN,
            Map.of("maxSessions", "3", "window", "P12M", "perRegion", "true"));

    assertThat(second.version()).isEqualTo(2);
    assertThat(((FrequencyInWindow) second.rules().getFirst()).maxSessions()).isEqualTo(3);
    assertThat(second.rules().getFirst().header().severity()).isEqualTo(Severity.WARN);
    assertThat(second.rules().get(1)).isEqualTo(store.versions.getFirst().rules().get(1));
    assertThat(
            ((FrequencyInWindow) administration.version(MEDICARE, 1).rules().getFirst())
                .maxSessions())
        .isEqualTo(4);
  }

  @Test
  void refusesAChangeMadeOnAStaleVersionAnUnknownRuleAndAnUnknownSet() {
    administration.reviseRule(
        MEDICARE,
        1,
        "ESI_INTERVAL",
        Severity.BLOCK,
        Map.of("interval", "P21D", "sameSite", "true"));

    assertThatThrownBy(
            () ->
                administration.reviseRule(
                    MEDICARE,
                    1,
                    "ESI_INTERVAL",
                    Severity.BLOCK,
                    Map.of("interval", "P7D", "sameSite", "true")))
        .isInstanceOf(StaleVersionException.class);
    assertThatThrownBy(
            () -> administration.reviseRule(MEDICARE, 2, "NO_SUCH_RULE", Severity.BLOCK, Map.of()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> administration.current(new RuleSetCode("NO_SUCH_SET")))
        .isInstanceOf(NotFoundException.class);
  }
}
