package org.procedura.rules.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.rules.model.RuleFixtures.DAY;
import static org.procedura.rules.model.RuleFixtures.DIAGNOSTIC_MBB;
import static org.procedura.rules.model.RuleFixtures.RFA;
import static org.procedura.rules.model.RuleFixtures.context;
import static org.procedura.rules.model.RuleFixtures.done;
import static org.procedura.rules.model.RuleFixtures.header;
import static org.procedura.rules.model.RuleFixtures.mbbLumbar;
import static org.procedura.rules.model.RuleFixtures.patient;
import static org.procedura.rules.model.RuleFixtures.rfaLumbar;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.procedura.scheduling.model.Laterality;

/**
 * Facet, repeat RFA: when the last RFA at the same region and side was more than 2 years ago, two
 * diagnostic blocks of at least 80 % are repeated after it.
 */
class RepeatBlocksAfterLapseTest {
  private final RepeatBlocksAfterLapse rule =
      new RepeatBlocksAfterLapse(
          header("RFA_REPEAT_BLOCKS", RFA), DIAGNOSTIC_MBB, 2, 80, Period.ofYears(2));
  private final ProcedureFacts planned = rfaLumbar(DAY, Laterality.LEFT);

  private static PastProcedure block(LocalDate on, int relief) {
    return done(mbbLumbar(on, Laterality.LEFT), relief, null);
  }

  private static PastProcedure rfa(LocalDate on) {
    return done(rfaLumbar(on, Laterality.LEFT), 90, Period.ofMonths(18));
  }

  @Test
  void aFirstRfaIsLeftToThePrerequisiteRule() {
    assertThat(rule.check(context(patient(), planned))).isEmpty();
  }

  @Test
  void anRfaTwoYearsAgoToTheDayStandsOnTheBlocksBeforeIt() {
    LocalDate last = DAY.minusYears(2);

    assertThat(
            rule.check(
                context(
                    patient(),
                    planned,
                    block(last.minusDays(40), 90),
                    block(last.minusDays(20), 90),
                    rfa(last))))
        .isEmpty();
  }

  @Test
  void anRfaTwoYearsAndADayAgoNeedsTwoBlocksOfEightyPercentAfterIt() {
    LocalDate last = DAY.minusYears(2).minusDays(1);
    var before1 = block(last.minusDays(40), 90);
    var before2 = block(last.minusDays(20), 90);

    assertThat(rule.check(context(patient(), planned, before1, before2, rfa(last))))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("RFA_REPEAT_BLOCKS");
              assertThat(f.severity()).isEqualTo(Severity.BLOCK);
              assertThat(f.facts()).containsEntry("last", last.toString());
              assertThat(f.resolution()).contains("repeat the diagnostic blocks");
            });
    assertThat(
            rule.check(
                context(
                    patient(),
                    planned,
                    before1,
                    before2,
                    rfa(last),
                    block(DAY.minusDays(40), 80),
                    block(DAY.minusDays(20), 85))))
        .isEmpty();
    assertThat(
            rule.check(
                context(
                    patient(),
                    planned,
                    rfa(last),
                    block(DAY.minusDays(40), 80),
                    block(DAY.minusDays(20), 79))))
        .hasSize(1);
  }

  @Test
  void anRfaOnTheOtherSideStartsNoLapseForThisOne() {
    var rightRfa = done(rfaLumbar(DAY.minusYears(3), Laterality.RIGHT), 90, Period.ofMonths(18));

    assertThat(rule.check(context(patient(), planned, rightRfa))).isEmpty();
  }
}
