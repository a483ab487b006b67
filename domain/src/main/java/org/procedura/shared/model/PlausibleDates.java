package org.procedura.shared.model;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The dates and times a clinic could mean, chosen once for every request. A day of the patient's
 * history (birth, onset, diagnosis, document, medication, an earlier procedure) lies between {@link
 * #HISTORY_STARTS} and today; a day or moment of the clinic's calendar (appointments, time off,
 * schedules, availability, eligibility) within {@link #CALENDAR_YEARS_BACK} years before and {@link
 * #CALENDAR_YEARS_AHEAD} years after today; a range of days listed spans at most {@link
 * #LONGEST_RANGE_DAYS} days. Today is the clinic's day; a moment counts by its day in the clinic.
 *
 * <p>The edge refuses such values first (Bean Validation); the use cases refuse them again, so no
 * path can store one. Only new input is checked: what was stored is read as it is, so that it can
 * always be read and corrected.
 */
public final class PlausibleDates {
  /** No date of birth, onset, diagnosis, document or earlier procedure is older. */
  public static final LocalDate HISTORY_STARTS = LocalDate.of(1900, 1, 1);

  /** How far back the calendar reaches: time off and schedules looked up after the fact. */
  public static final int CALENDAR_YEARS_BACK = 2;

  /** How far ahead the calendar reaches: bookings, time off, availability. */
  public static final int CALENDAR_YEARS_AHEAD = 5;

  /** The longest range of days one listing may span. */
  public static final int LONGEST_RANGE_DAYS = 366;

  private PlausibleDates() {}

  /** What is wrong with a day of the patient's history, if anything. */
  public static Optional<String> historyProblem(LocalDate day, LocalDate today) {
    if (day.isBefore(HISTORY_STARTS)) {
      return Optional.of("cannot be before " + HISTORY_STARTS);
    }
    if (day.isAfter(today)) {
      return Optional.of("cannot be in the future");
    }
    return Optional.empty();
  }

  /** What is wrong with a day of the clinic's calendar, if anything. */
  public static Optional<String> calendarProblem(LocalDate day, LocalDate today) {
    LocalDate first = today.minusYears(CALENDAR_YEARS_BACK);
    LocalDate last = today.plusYears(CALENDAR_YEARS_AHEAD);
    if (day.isBefore(first) || day.isAfter(last)) {
      return Optional.of("must be between " + first + " and " + last);
    }
    return Optional.empty();
  }

  /** What is wrong with a moment of the clinic's calendar, judged by its day in the clinic. */
  public static Optional<String> calendarProblem(Instant moment, Clock clinicClock) {
    return calendarProblem(dayOf(moment, clinicClock), LocalDate.now(clinicClock));
  }

  /** What is wrong with a moment of the patient's history, judged by its day in the clinic. */
  public static Optional<String> historyProblem(Instant moment, Clock clinicClock) {
    return historyProblem(dayOf(moment, clinicClock), LocalDate.now(clinicClock));
  }

  /** A day of the patient's history: from {@link #HISTORY_STARTS} up to today; null passes. */
  public static LocalDate inHistory(LocalDate day, LocalDate today, String field) {
    if (day != null) {
      historyProblem(day, today).ifPresent(problem -> refuse(field, problem));
    }
    return day;
  }

  /** A day of the clinic's calendar, within the years around today it reaches; null passes. */
  public static LocalDate onCalendar(LocalDate day, LocalDate today, String field) {
    if (day != null) {
      calendarProblem(day, today).ifPresent(problem -> refuse(field, problem));
    }
    return day;
  }

  /** A moment whose day in the clinic is on the calendar; null passes. */
  public static Instant onCalendar(Instant moment, Clock clinicClock, String field) {
    if (moment != null) {
      calendarProblem(moment, clinicClock).ifPresent(problem -> refuse(field, problem));
    }
    return moment;
  }

  /** A moment whose day in the clinic is a day of history; null passes. */
  public static Instant inHistory(Instant moment, Clock clinicClock, String field) {
    if (moment != null) {
      historyProblem(moment, clinicClock).ifPresent(problem -> refuse(field, problem));
    }
    return moment;
  }

  /** Refuses {@code to} before {@code from} and a range longer than {@link #LONGEST_RANGE_DAYS}. */
  public static void range(LocalDate from, LocalDate to, String toField) {
    if (to.isBefore(from)) {
      refuse(toField, "must not be before from");
    }
    if (ChronoUnit.DAYS.between(from, to) >= LONGEST_RANGE_DAYS) {
      refuse(toField, "may be at most " + (LONGEST_RANGE_DAYS - 1) + " days after from");
    }
  }

  /** The moment's day in the clinic; one beyond any date counts as the first or last date. */
  private static LocalDate dayOf(Instant moment, Clock clinicClock) {
    try {
      return LocalDate.ofInstant(moment, clinicClock.getZone());
    } catch (DateTimeException e) {
      return moment.isBefore(Instant.EPOCH) ? LocalDate.MIN : LocalDate.MAX;
    }
  }

  private static void refuse(String field, String problem) {
    throw new InvalidInputException(field, field + " " + problem);
  }
}
