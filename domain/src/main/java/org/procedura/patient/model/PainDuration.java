package org.procedura.patient.model;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import org.procedura.shared.model.Check;
import org.procedura.shared.model.InvalidInputException;

/**
 * How long pain has lasted on a day, counted from its onset; derived, never typed.
 *
 * <p>Whole months are counted the way the calendar does it: the pain has lasted {@code n} months on
 * the day {@code onset.plusMonths(n)}, which is the same day of the month or, where that month has
 * no such day, its last day. So pain since 30 November has lasted three months on 28 February (29
 * in a leap year), and the length never says "2 months 29 days" on the day it becomes chronic.
 */
public record PainDuration(LocalDate onset, LocalDate asOf) {
  /** Pain is chronic once it has lasted this many months. */
  public static final int CHRONIC_AFTER_MONTHS = 3;

  public PainDuration {
    Check.present(onset, "onset");
    Check.present(asOf, "asOf");
    if (onset.isAfter(asOf)) {
      throw new InvalidInputException("onset", "the pain onset cannot be after " + asOf);
    }
  }

  /** Whole months lasted: the most {@code n} with {@code onset.plusMonths(n)} not after asOf. */
  public long months() {
    long months = ChronoUnit.MONTHS.between(onset, asOf);
    while (!onset.plusMonths(months + 1).isAfter(asOf)) {
      months++;
    }
    return months;
  }

  /** The length as years, months and the days past the last whole month. */
  public Period length() {
    long months = months();
    int days = (int) ChronoUnit.DAYS.between(onset.plusMonths(months), asOf);
    return Period.of(Math.toIntExact(months / 12), (int) (months % 12), days);
  }

  public boolean chronic() {
    return months() >= CHRONIC_AFTER_MONTHS;
  }
}
