package org.procedura.reports.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.procedura.outcomes.model.FollowUpStatus;
import org.procedura.outcomes.model.Scale;

class StepTallyTest {
  private final StepTally tally = new StepTally();

  private static BigDecimal n(String value) {
    return new BigDecimal(value);
  }

  @Test
  void aThirtyPercentReductionRespondsAndOneJustShortDoesNot() {
    tally.nrs(n("10"), n("7"), 1); // 30.0 %
    tally.nrs(n("7"), n("5"), 1); // 28.6 %: short of 30
    tally.nrs(n("10"), n("5"), 2); // 50.0 %: both
    tally.nrs(n("9"), n("5"), 1); // 44.4 %: 30 not 50

    var outcome = tally.outcome();
    assertThat(outcome.nrs30()).isEqualTo(new Rate(4, 5));
    assertThat(outcome.nrs50()).isEqualTo(new Rate(2, 5));
  }

  @Test
  void aFiftyPercentReductionIsSubstantialAndOneJustShortIsNot() {
    tally.nrs(n("8"), n("4"), 1); // 50.0 %
    tally.nrs(n("7"), n("4"), 1); // 42.9 %
    tally.nrs(n("6"), n("3.1"), 1); // 48.3 %

    assertThat(tally.outcome().nrs50()).isEqualTo(new Rate(1, 3));
  }

  @Test
  void aBaselineOfNoPainIsLeftOutOfTheDenominator() {
    tally.nrs(n("0"), n("0"), 3);

    assertThat(tally.outcome().nrs30()).isEqualTo(Rate.NONE);
  }

  @Test
  void disabilityCountsFromItsMinimalImportantChange() {
    tally.disability(Scale.ODI, n("40"), n("30"), 1); // 10 points: past it
    tally.disability(Scale.ODI, n("40"), n("30.1"), 1); // 9.9: not
    tally.disability(Scale.NDI, n("20"), n("15"), 1); // 5 points: past it
    tally.disability(Scale.NDI, n("20"), n("16"), 1); // 4: not

    assertThat(tally.outcome().disabilityImproved()).isEqualTo(new Rate(2, 4));
  }

  @Test
  void pgicCountsMuchAndVeryMuchImproved() {
    tally.pgic(n("1"), 1);
    tally.pgic(n("2"), 2);
    tally.pgic(n("3"), 4);

    assertThat(tally.outcome().pgicImproved()).isEqualTo(new Rate(3, 7));
  }

  @Test
  void completionIsDoneOfDoneAndLostWhileOpenOnesWait() {
    tally.followUps(FollowUpState.of(FollowUpStatus.DONE, true), 6);
    tally.followUps(FollowUpState.of(FollowUpStatus.MISSED, true), 1);
    tally.followUps(FollowUpState.of(FollowUpStatus.CLOSED, true), 1);
    tally.followUps(FollowUpState.of(FollowUpStatus.DUE, true), 2); // window closed: lost
    tally.followUps(FollowUpState.of(FollowUpStatus.DUE, false), 5); // still open

    var outcome = tally.outcome();
    assertThat(outcome.planned()).isEqualTo(15);
    assertThat(outcome.lost()).isEqualTo(4);
    assertThat(outcome.open()).isEqualTo(5);
    assertThat(outcome.completion()).isEqualTo(new Rate(6, 10));
  }
}
