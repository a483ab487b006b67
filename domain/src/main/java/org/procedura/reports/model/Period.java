package org.procedura.reports.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The span a utilisation row sums: a day, or an ISO week (Monday to Sunday). */
public enum Period {
  DAY,
  WEEK;

  public LocalDate startOf(LocalDate day) {
    return this == DAY ? day : day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }
}
