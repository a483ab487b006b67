package org.procedura.shared.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The dates and instants a clinic could mean, chosen once for every request: a day of the patient's
 * history lies between {@link #HISTORY_STARTS} and today; a day or moment of the clinic's calendar
 * (appointments, time off, schedules, availability, checklists) within {@link #CALENDAR_YEARS_BACK}
 * years before and {@link #CALENDAR_YEARS_AHEAD} years after today; a range of days asked about
 * spans at most {@link #LONGEST_RANGE_DAYS} days. Each refusal names the field.
 *
 * <p>Only new input is checked: what was stored is read as it is, so that it can be corrected.
 */
public final class PlausibleDates {
  /** No date of birth, onset, diagnosis, document or earlier procedure is older. */
  public static final LocalDate HISTORY_STARTS = LocalDate.of(1900, 1, 1);

  /** How far back the calendar reaches: time off and schedules recorded after the fact. */
  public static final int CALENDAR_YEARS_BACK = 2;

  /** How far ahead the calendar reaches: bookings, time off, availability. */
  public static final int CALENDAR_YEARS_AHEAD = 5;

  /** The longest range of days one search or listing may span. */
  public static final int LONGEST_RANGE_DAYS = 366;

  private PlausibleDates() {}

  /** A day of the patient's history: from {@link #HISTORY_STARTS} up to today; null passes. */
  public static LocalDate inHistory(LocalDate day, LocalDate today, String field) {
    if (day == null) {
      return null;
    }
    if (day.isBefore(HISTORY_STARTS)) {
      throw new InvalidInputException(field, field + " cannot be before " + HISTORY_STARTS);
    }
    if (day.isAfter(today)) {
      throw new InvalidInputException(field, field + " cannot be in the future");
    }
    return day;
  }

  /** A day of the clinic's calendar, within the years around today it reaches; null passes. */
  public static LocalDate onCalendar(LocalDate day, LocalDate today, String field) {
    if (day == null) {
      return null;
    }
    LocalDate first = calendarStarts(today);
    LocalDate last = calendarEnds(today);
    if (day.isBefore(first) || day.isAfter(last)) {
      throw new InvalidInputException(field, field + " must be between " + first + " and " + last);
    }
    return day;
  }

  /** A moment of the clinic's calendar, within the years around now it reaches; null passes. */
  public static Instant onCalendar(Instant moment, Instant now, String field) {
    if (moment == null) {
      return null;
    }
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    Instant first = calendarStarts(today).atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant end = calendarEnds(today).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    if (moment.isBefore(first) || !moment.isBefore(end)) {
      throw new InvalidInputException(
          field, field + " must be between " + first + " and " + end + " (exclusive)");
    }
    return moment;
  }

  /** Refuses {@code to} before {@code from} and a range longer than {@link #LONGEST_RANGE_DAYS}. */
  public static void range(LocalDate from, LocalDate to, String toField) {
    if (to.isBefore(from)) {
      throw new InvalidInputException(toField, toField + " must not be before from");
    }
    if (ChronoUnit.DAYS.between(from, to) >= LONGEST_RANGE_DAYS) {
      throw new InvalidInputException(
          toField, "the range may span at most " + LONGEST_RANGE_DAYS + " days");
    }
  }

  private static LocalDate calendarStarts(LocalDate today) {
    return today.minusYears(CALENDAR_YEARS_BACK);
  }

  private static LocalDate calendarEnds(LocalDate today) {
    return today.plusYears(CALENDAR_YEARS_AHEAD);
  }
}
