package org.procedura.messaging.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.procedura.shared.model.Check;

/**
 * When messages go: reminders at their lead times before the start, and nothing during the quiet
 * hours of the clinic's zone (a message due then waits for their end).
 *
 * <p>A lead time of whole days counts calendar days on the clinic's wall clock: the 72-hour
 * reminder of a 09:00 appointment goes at 09:00 three days before, also across a change of daylight
 * saving time, when that is 71 or 73 hours. Patients read "three days before, at the same hour";
 * other lead times (say 90 minutes) are exact durations.
 */
public record MessageTiming(
    ZoneId zone, List<Duration> reminderLeads, LocalTime quietFrom, LocalTime quietUntil) {
  public MessageTiming {
    Check.present(zone, "zone");
    reminderLeads = List.copyOf(Check.noNulls(reminderLeads, "reminderLeads"));
    for (Duration lead : reminderLeads) {
      if (lead.isNegative() || lead.isZero()) {
        throw new IllegalArgumentException("a reminder's lead time must be positive: " + lead);
      }
    }
    Check.present(quietFrom, "quietFrom");
    Check.present(quietUntil, "quietUntil");
  }

  /** The first moment from {@code wanted} on that is outside the quiet hours. */
  public Instant outsideQuietHours(Instant wanted) {
    ZonedDateTime local = wanted.atZone(zone);
    LocalTime time = local.toLocalTime();
    if (!isQuiet(time)) {
      return wanted;
    }
    var endDay = time.isBefore(quietUntil) ? local.toLocalDate() : local.toLocalDate().plusDays(1);
    return endDay.atTime(quietUntil).atZone(zone).toInstant();
  }

  /**
   * When the reminder {@code lead} before {@code start} goes, moved out of the quiet hours; none
   * when that is not after {@code now} or not before the start.
   */
  public Optional<Instant> reminderDue(Instant start, Duration lead, Instant now) {
    Instant wanted = before(start, lead);
    Instant due = outsideQuietHours(wanted);
    return due.isAfter(now) && due.isBefore(start) ? Optional.of(due) : Optional.empty();
  }

  /**
   * When the holds are told again: the morning (the end of the quiet hours) of the day before
   * {@code lastDoseOn}; none when that is not after {@code now}.
   */
  public Optional<Instant> holdReminderDue(LocalDate lastDoseOn, Instant now) {
    Instant due = lastDoseOn.minusDays(1).atTime(quietUntil).atZone(zone).toInstant();
    return due.isAfter(now) ? Optional.of(due) : Optional.empty();
  }

  private Instant before(Instant start, Duration lead) {
    if (lead.toSeconds() % Duration.ofDays(1).toSeconds() == 0) {
      return start.atZone(zone).minusDays(lead.toDays()).toInstant();
    }
    return start.minus(lead);
  }

  private boolean isQuiet(LocalTime time) {
    if (quietFrom.equals(quietUntil)) {
      return false;
    }
    if (quietFrom.isBefore(quietUntil)) {
      return !time.isBefore(quietFrom) && time.isBefore(quietUntil);
    }
    return !time.isBefore(quietFrom) || time.isBefore(quietUntil);
  }
}
