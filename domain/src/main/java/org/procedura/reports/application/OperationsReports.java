package org.procedura.reports.application;

import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.procedura.reports.model.Attendance;
import org.procedura.reports.model.OperationsFigures;
import org.procedura.reports.model.Period;
import org.procedura.reports.model.ReasonCount;
import org.procedura.reports.model.ReferralTimes;
import org.procedura.reports.model.ResourceDay;
import org.procedura.reports.model.UtilisationRow;
import org.procedura.reports.model.WaitingTimeRow;
import org.procedura.reports.model.WaitingTimeSamples;
import org.procedura.reports.model.WorkingMinutes;
import org.procedura.scheduling.model.Clinicians;
import org.procedura.scheduling.model.ResourceRef;
import org.procedura.scheduling.model.Rooms;
import org.procedura.scheduling.model.TimeSlot;
import org.procedura.scheduling.model.Unavailability;
import org.procedura.scheduling.model.WeeklyHours;
import org.procedura.scheduling.model.WorkingTime;
import org.procedura.shared.model.InvalidInputException;
import org.procedura.shared.model.PlausibleDates;

/** How the clinic runs over a range of its days: utilisation, attendance, referral times. */
public class OperationsReports {
  /** Attendance and its reasons together. */
  public record AttendanceReport(List<Attendance> rows, List<ReasonCount> reasons) {}

  private final OperationsFigures figures;
  private final WaitingTimeSamples waitingTimes;
  private final Rooms rooms;
  private final Clinicians clinicians;
  private final WorkingTime workingTime;
  private final Clock clock;
  private final ZoneId zone;

  public OperationsReports(
      OperationsFigures figures,
      WaitingTimeSamples waitingTimes,
      Rooms rooms,
      Clinicians clinicians,
      WorkingTime workingTime,
      Clock clock,
      ZoneId zone) {
    this.figures = figures;
    this.waitingTimes = waitingTimes;
    this.rooms = rooms;
    this.clinicians = clinicians;
    this.workingTime = workingTime;
    this.clock = clock;
    this.zone = zone;
  }

  /**
   * Every clinician's or room's working, booked and used minutes per day or week from {@code from}
   * to {@code to}; a resource that neither worked nor was booked in a period has no row for it.
   */
  @Transactional
  public List<UtilisationRow> utilisation(
      ResourceRef.Kind kind, LocalDate from, LocalDate to, Period period) {
    PlausibleDates.range(from, to, "to");
    if (kind == ResourceRef.Kind.PATIENT) {
      throw new InvalidInputException("resource", "resource must be CLINICIAN or ROOM");
    }
    Map<UUID, String> names = names(kind);
    List<ResourceRef> refs = names.keySet().stream().map(id -> new ResourceRef(kind, id)).toList();
    Map<ResourceRef, WeeklyHours> hours = workingTime.hoursOf(refs);
    TimeSlot window = window(from, to);
    Map<UUID, List<TimeSlot>> away = new HashMap<>();
    for (Unavailability u : workingTime.unavailability(refs, window)) {
      away.computeIfAbsent(u.resource().id(), id -> new ArrayList<>()).add(u.period());
    }
    Map<UUID, Map<LocalDate, long[]>> sums = new LinkedHashMap<>(); // working, booked, used
    names
        .keySet()
        .forEach(
            id -> {
              WeeklyHours weekly = hours.getOrDefault(new ResourceRef(kind, id), WeeklyHours.NONE);
              for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                long working =
                    WorkingMinutes.on(day, zone, weekly, away.getOrDefault(id, List.of()));
                if (working > 0) {
                  cell(sums, id, period.startOf(day))[0] += working;
                }
              }
            });
    for (ResourceDay day : figures.minutesPerDay(kind, from, to, zone)) {
      long[] cell = cell(sums, day.resource(), period.startOf(day.day()));
      cell[1] += day.bookedMinutes();
      cell[2] += day.usedMinutes();
    }
    List<UtilisationRow> rows = new ArrayList<>();
    sums.forEach(
        (id, periods) ->
            periods.forEach(
                (start, m) ->
                    rows.add(
                        new UtilisationRow(
                            kind, id, names.getOrDefault(id, ""), start, m[0], m[1], m[2]))));
    rows.sort(
        Comparator.comparing(UtilisationRow::name)
            .thenComparing(UtilisationRow::resourceId)
            .thenComparing(UtilisationRow::periodStart));
    return rows;
  }

  /** No-show and late-cancellation rates per appointment type, and the reasons given. */
  @Transactional
  public AttendanceReport attendance(LocalDate from, LocalDate to) {
    PlausibleDates.range(from, to, "to");
    TimeSlot window = window(from, to);
    return new AttendanceReport(
        Attendance.of(figures.attendance(window, Attendance.LATE_NOTICE)),
        figures.cancellationReasons(window, Attendance.LATE_NOTICE));
  }

  /**
   * Referral times over the referrals received from {@code from} to {@code to}, and those still
   * open that were received more than {@code olderThanDays} before today.
   */
  @Transactional
  public ReferralTimes referralTimes(LocalDate from, LocalDate to, int olderThanDays) {
    PlausibleDates.range(from, to, "to");
    if (olderThanDays < 0 || olderThanDays > 3650) {
      throw new InvalidInputException("olderThanDays", "olderThanDays must be 0 to 3650");
    }
    LocalDate today = LocalDate.now(clock.withZone(zone));
    return ReferralTimes.of(
        figures.referrals(from, to),
        zone,
        olderThanDays,
        figures.openReferrals(today.minusDays(olderThanDays)));
  }

  /** The wait to the first free slot per procedure type, over the days sampled in the range. */
  @Transactional
  public List<WaitingTimeRow> waitingTimes(LocalDate from, LocalDate to) {
    PlausibleDates.range(from, to, "to");
    return WaitingTimeRow.of(waitingTimes.between(from, to));
  }

  private Map<UUID, String> names(ResourceRef.Kind kind) {
    Map<UUID, String> names = new LinkedHashMap<>();
    if (kind == ResourceRef.Kind.ROOM) {
      rooms.all().forEach(room -> names.put(room.getId().value(), room.getName()));
    } else {
      clinicians.all().forEach(c -> names.put(c.getId().value(), c.getDisplayName()));
    }
    return names;
  }

  private static long[] cell(Map<UUID, Map<LocalDate, long[]>> sums, UUID id, LocalDate start) {
    return sums.computeIfAbsent(id, k -> new LinkedHashMap<>())
        .computeIfAbsent(start, k -> new long[3]);
  }

  private TimeSlot window(LocalDate from, LocalDate to) {
    return new TimeSlot(
        from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant());
  }
}
