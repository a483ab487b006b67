package org.procedura.rules.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.rules.model.RuleFixtures.DAY;
import static org.procedura.rules.model.RuleFixtures.DIAGNOSTIC_MBB;
import static org.procedura.rules.model.RuleFixtures.context;
import static org.procedura.rules.model.RuleFixtures.done;
import static org.procedura.rules.model.RuleFixtures.header;
import static org.procedura.rules.model.RuleFixtures.mbbLumbar;
import static org.procedura.rules.model.RuleFixtures.patient;
import static org.procedura.rules.model.RuleFixtures.withRegion;

import java.time.Period;
import org.junit.jupiter.api.Test;
import org.procedura.catalog.model.SpinalRegion;
import org.procedura.scheduling.model.Laterality;

/** Facet, second diagnostic block: only after a first one of at least 80 % at the same site. */
class SecondBlockAfterReliefTest {
  private final SecondBlockAfterRelief rule =
      new SecondBlockAfterRelief(
          header("FACET_SECOND_BLOCK_RELIEF", DIAGNOSTIC_MBB), 80, Period.ofMonths(12));
  private final ProcedureFacts leftBlock = mbbLumbar(DAY, Laterality.LEFT);

  private PastProcedure firstBlock(Integer relief) {
    return done(mbbLumbar(DAY.minusDays(14), Laterality.LEFT), relief, null);
  }

  @Test
  void theFirstBlockNeedsNothing() {
    assertThat(rule.check(context(patient(), leftBlock))).isEmpty();
  }

  @Test
  void aSecondBlockAfterAFirstOfSeventyNinePercentIsRefusedAndOfEightyAllowed() {
    assertThat(rule.check(context(patient(), leftBlock, firstBlock(79))))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("FACET_SECOND_BLOCK_RELIEF");
              assertThat(f.severity()).isEqualTo(Severity.BLOCK);
              assertThat(f.message()).contains("79 %");
              assertThat(f.facts()).containsEntry("peakRelief", "79");
              assertThat(f.earliestEligibleOn()).isNull();
            });
    assertThat(rule.check(context(patient(), leftBlock, firstBlock(80)))).isEmpty();
  }

  @Test
  void aFirstBlockWhoseReliefIsNotRecordedIsToBeRecordedFirst() {
    assertThat(rule.check(context(patient(), leftBlock, firstBlock(null))))
        .singleElement()
        .satisfies(f -> assertThat(f.resolution()).contains("pain diary"));
  }

  @Test
  void theBlockJustBeforeCountsNotAnEarlierOne() {
    var earlierGood = done(mbbLumbar(DAY.minusDays(60), Laterality.LEFT), 90, null);
    var earlierFailed = done(mbbLumbar(DAY.minusDays(60), Laterality.LEFT), 50, null);

    assertThat(rule.check(context(patient(), leftBlock, earlierGood, firstBlock(50)))).hasSize(1);
    assertThat(rule.check(context(patient(), leftBlock, earlierFailed, firstBlock(85)))).isEmpty();
  }

  @Test
  void aFailedBlockAtTheOtherSideOrRegionDoesNotMakeThisOneASecond() {
    var right = done(mbbLumbar(DAY.minusDays(14), Laterality.RIGHT), 20, null);
    var cervical =
        done(
            withRegion(mbbLumbar(DAY.minusDays(14), Laterality.LEFT), SpinalRegion.CERVICAL),
            20,
            null);
    var bilateral = done(mbbLumbar(DAY.minusDays(14), Laterality.BILATERAL), 20, null);

    assertThat(rule.check(context(patient(), leftBlock, right, cervical))).isEmpty();
    assertThat(rule.check(context(patient(), leftBlock, bilateral))).hasSize(1);
  }

  @Test
  void aFailedBlockTwelveMonthsOldNoLongerCountsOneADayYoungerStill() {
    var yearOld = done(mbbLumbar(DAY.minusMonths(12), Laterality.LEFT), 30, null);
    var dayYounger = done(mbbLumbar(DAY.minusMonths(12).plusDays(1), Laterality.LEFT), 30, null);

    assertThat(rule.check(context(patient(), leftBlock, yearOld))).isEmpty();
    assertThat(rule.check(context(patient(), leftBlock, dayYounger))).hasSize(1);
  }
}
