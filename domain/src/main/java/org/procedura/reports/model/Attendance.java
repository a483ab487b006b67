package org.procedura.reports.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.procedura.scheduling.model.AppointmentStatus;

/**
 * No-shows and late cancellations per appointment type. A cancellation with at least {@link
 * #LATE_NOTICE} of notice left the slot to be given to someone else, so it is out of the
 * denominator: the rates are of the appointments still expected less than a day before they began
 * (every appointment of the range but those cancelled in time).
 */
public record Attendance(
    String type, long appointments, long cancelledInTime, Rate noShows, Rate lateCancellations) {
  public static final Duration LATE_NOTICE = Duration.ofHours(24);
  public static final String ALL = "ALL";

  /** One row per type, by type, and a last row {@link #ALL} over every type. */
  public static List<Attendance> of(List<AttendanceCount> counts) {
    Map<String, long[]> byType = new TreeMap<>(); // type -> {all, in time, no-shows, late}
    for (AttendanceCount count : counts) {
      long[] row = byType.computeIfAbsent(count.type(), t -> new long[4]);
      row[0] += count.count();
      if (count.status() == AppointmentStatus.CANCELLED) {
        row[count.late() ? 3 : 1] += count.count();
      } else if (count.status() == AppointmentStatus.NO_SHOW) {
        row[2] += count.count();
      }
    }
    List<Attendance> rows = new ArrayList<>();
    long[] total = new long[4];
    byType.forEach(
        (type, row) -> {
          rows.add(row(type, row));
          for (int i = 0; i < total.length; i++) {
            total[i] += row[i];
          }
        });
    rows.add(row(ALL, total));
    return rows;
  }

  private static Attendance row(String type, long[] row) {
    long expected = row[0] - row[1];
    return new Attendance(
        type, row[0], row[1], new Rate(row[2], expected), new Rate(row[3], expected));
  }
}
