package org.procedura.reports.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Kaplan–Meier estimate of how long something lasts when some cases are still going on
 * (censored): at each day on which it ended for someone, the share still lasting is multiplied by
 * (at risk − ended) ÷ at risk, where "at risk" counts everyone not yet ended or censored before
 * that day. A case censored on the day another ended still counts at risk on it. The median is the
 * first day on which the share falls to one half or below; null while more than half still last.
 */
public final class KaplanMeier {
  /** One case: it lasted {@code days}, and either ended then or was still lasting (censored). */
  public record Case(long days, boolean ended) {
    public Case {
      if (days < 0) {
        throw new IllegalArgumentException("days must not be negative: " + days);
      }
    }
  }

  /**
   * A day on which it ended for someone: who was at risk, how many ended, the share still lasting.
   */
  public record Step(long day, int atRisk, int ended, BigDecimal lasting) {}

  private final List<Step> steps;
  private final int cases;
  private final int censored;

  private KaplanMeier(List<Step> steps, int cases, int censored) {
    this.steps = List.copyOf(steps);
    this.cases = cases;
    this.censored = censored;
  }

  public static KaplanMeier of(List<Case> cases) {
    Map<Long, int[]> byDay = new TreeMap<>(); // day -> {ended, censored}
    for (Case c : cases) {
      byDay.computeIfAbsent(c.days(), d -> new int[2])[c.ended() ? 0 : 1]++;
    }
    List<Step> steps = new ArrayList<>();
    int atRisk = cases.size();
    double lasting = 1.0;
    int censored = 0;
    for (Map.Entry<Long, int[]> day : byDay.entrySet()) {
      int ended = day.getValue()[0];
      if (ended > 0) {
        lasting *= (atRisk - ended) / (double) atRisk;
        steps.add(new Step(day.getKey(), atRisk, ended, rounded(lasting)));
      }
      censored += day.getValue()[1];
      atRisk -= ended + day.getValue()[1];
    }
    return new KaplanMeier(steps, cases.size(), censored);
  }

  private static BigDecimal rounded(double share) {
    return BigDecimal.valueOf(share).setScale(4, RoundingMode.HALF_UP);
  }

  public List<Step> steps() {
    return steps;
  }

  public int cases() {
    return cases;
  }

  public int censored() {
    return censored;
  }

  /** The median duration in days, or null when it has not been reached. */
  public Long medianDays() {
    return steps.stream()
        .filter(step -> step.lasting().compareTo(new BigDecimal("0.5")) <= 0)
        .map(Step::day)
        .findFirst()
        .orElse(null);
  }
}
