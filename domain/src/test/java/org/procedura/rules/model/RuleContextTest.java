package org.procedura.rules.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.rules.model.RuleFixtures.DAY;
import static org.procedura.rules.model.RuleFixtures.DIAGNOSTIC_MBB;
import static org.procedura.rules.model.RuleFixtures.context;
import static org.procedura.rules.model.RuleFixtures.done;
import static org.procedura.rules.model.RuleFixtures.mbbLumbar;
import static org.procedura.rules.model.RuleFixtures.patient;

import java.time.Period;
import org.junit.jupiter.api.Test;
import org.procedura.scheduling.model.Laterality;

/** What a rule sees of the chart around the planned procedure. */
class RuleContextTest {
  private static final Period A_YEAR = Period.ofMonths(12);

  @Test
  void atItsSiteWithinTheLookBackCountsADayYoungerThanItNotOneAsOld() {
    var asOld = done(mbbLumbar(DAY.minus(A_YEAR), Laterality.LEFT), 90, null);
    var aDayYounger = done(mbbLumbar(DAY.minus(A_YEAR).plusDays(1), Laterality.LEFT), 90, null);
    var sameDay = done(mbbLumbar(DAY, Laterality.LEFT), 90, null);

    RuleContext around =
        context(patient(), mbbLumbar(DAY, Laterality.LEFT), sameDay, asOld, aDayYounger);

    assertThat(around.earlierAtItsSite(DIAGNOSTIC_MBB, A_YEAR))
        .containsExactly(aDayYounger, sameDay);
  }

  @Test
  void atItsSiteLeavesOutTheOtherSideAndWhatComesAfterThePlannedDay() {
    var otherSide = done(mbbLumbar(DAY.minusDays(7), Laterality.RIGHT), 90, null);
    var dayAfter = done(mbbLumbar(DAY.plusDays(1), Laterality.LEFT), 90, null);
    var bilateral = done(mbbLumbar(DAY.minusDays(7), Laterality.BILATERAL), 90, null);

    RuleContext around =
        context(patient(), mbbLumbar(DAY, Laterality.LEFT), otherSide, dayAfter, bilateral);

    assertThat(around.earlierAtItsSite(DIAGNOSTIC_MBB, A_YEAR)).containsExactly(bilateral);
  }
}
