package org.procedura.reports.model;

import java.util.List;

/**
 * How long something took, in whole days, over a number of cases: the median and the 90th
 * percentile by nearest rank (the smallest value that at least half, or nine in ten, of the cases
 * do not exceed; of an even count the median is the lower of the two middle values). Nearest rank
 * keeps every figure a duration that some case actually had. Without cases both are null.
 */
public record Distribution(int count, Long median, Long p90) {
  public static Distribution of(List<Long> days) {
    List<Long> sorted = days.stream().sorted().toList();
    if (sorted.isEmpty()) {
      return new Distribution(0, null, null);
    }
    return new Distribution(sorted.size(), rank(sorted, 50), rank(sorted, 90));
  }

  private static long rank(List<Long> sorted, int percentile) {
    int rank = (int) Math.ceil(percentile * sorted.size() / 100.0);
    return sorted.get(Math.max(rank, 1) - 1);
  }
}
