package org.procedura.reports.model;

import java.math.BigDecimal;
import org.procedura.outcomes.model.MeaningfulChange;
import org.procedura.outcomes.model.Relief;
import org.procedura.outcomes.model.Scale;

/**
 * Counts one protocol step of one group of procedures from the database's tallies (how many
 * follow-ups in each state, how many with each pair of scores), so that the rules deciding who
 * responded live here, and the database only counts.
 *
 * <p>A responder (IMMPACT) has NRS reduced by at least 30 % (moderate) or 50 % (substantial) from
 * the procedure's baseline, the reduction computed as the outcomes compute relief (to one decimal);
 * a baseline of 0 cannot be reduced and is left out of the denominator. ODI and NDI count past
 * their minimal important change (10 and 5 points), PGIC at "much" or "very much improved" (2 or
 * 1).
 */
public final class StepTally {
  static final BigDecimal MODERATE = new BigDecimal("30");
  static final BigDecimal SUBSTANTIAL = new BigDecimal("50");

  private long done;
  private long lost;
  private long open;
  private long nrsPairs;
  private long nrs30;
  private long nrs50;
  private long disabilityPairs;
  private long disabilityImproved;
  private long pgicAnswers;
  private long pgicImproved;

  public void followUps(FollowUpState state, long count) {
    switch (state) {
      case DONE -> done += count;
      case LOST -> lost += count;
      case OPEN -> open += count;
    }
  }

  /**
   * {@code count} follow-ups that scored NRS {@code now} against a baseline of {@code baseline}.
   */
  public void nrs(BigDecimal baseline, BigDecimal now, long count) {
    BigDecimal reduction = Relief.percent(baseline, now);
    if (reduction == null) {
      return;
    }
    nrsPairs += count;
    if (reduction.compareTo(MODERATE) >= 0) {
      nrs30 += count;
    }
    if (reduction.compareTo(SUBSTANTIAL) >= 0) {
      nrs50 += count;
    }
  }

  /** ODI or NDI: {@code count} follow-ups scoring {@code now} against {@code baseline}. */
  public void disability(Scale scale, BigDecimal baseline, BigDecimal now, long count) {
    if (scale != Scale.ODI && scale != Scale.NDI) {
      throw new IllegalArgumentException("not a disability scale: " + scale);
    }
    disabilityPairs += count;
    if (MeaningfulChange.reached(scale, baseline, now)) {
      disabilityImproved += count;
    }
  }

  public void pgic(BigDecimal answer, long count) {
    pgicAnswers += count;
    if (MeaningfulChange.reached(Scale.PGIC, null, answer)) {
      pgicImproved += count;
    }
  }

  public StepOutcome outcome() {
    return new StepOutcome(
        done + lost + open,
        done,
        lost,
        open,
        new Rate(done, done + lost),
        new Rate(nrs30, nrsPairs),
        new Rate(nrs50, nrsPairs),
        new Rate(disabilityImproved, disabilityPairs),
        new Rate(pgicImproved, pgicAnswers));
  }
}
