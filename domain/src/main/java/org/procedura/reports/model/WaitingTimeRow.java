package org.procedura.reports.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The wait to the first free slot of one procedure type over the days sampled: how many days were
 * sampled, on how many no slot was found within the horizon, and the median and 90th percentile
 * wait (nearest rank) over the days a slot was found; and the latest sample.
 */
public record WaitingTimeRow(
    String procedureType,
    int samples,
    int noSlot,
    Distribution waitDays,
    WaitingTimeSample latest) {

  public static List<WaitingTimeRow> of(List<WaitingTimeSample> samples) {
    Map<String, List<WaitingTimeSample>> byType = new TreeMap<>();
    samples.forEach(s -> byType.computeIfAbsent(s.procedureType(), t -> new ArrayList<>()).add(s));
    List<WaitingTimeRow> rows = new ArrayList<>();
    byType.forEach(
        (type, taken) -> {
          List<Long> waits =
              taken.stream().map(WaitingTimeSample::waitDays).filter(w -> w != null).toList();
          WaitingTimeSample latest =
              taken.stream()
                  .max(java.util.Comparator.comparing(WaitingTimeSample::sampledOn))
                  .orElseThrow();
          rows.add(
              new WaitingTimeRow(
                  type, taken.size(), taken.size() - waits.size(), Distribution.of(waits), latest));
        });
    return rows;
  }
}
