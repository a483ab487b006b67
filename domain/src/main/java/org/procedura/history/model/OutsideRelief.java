package org.procedura.history.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.procedura.shared.model.InvalidInputException;
import org.procedura.shared.model.PlausibleDates;

/**
 * What a procedure done elsewhere achieved, as its source document tells it: the relief in percent,
 * and how long it lasted, either a period or "still lasting" on a named day (the day of the letter
 * or visit that says so). Each part may be unknown (null); how long needs how much.
 */
public record OutsideRelief(Integer percent, Period lasted, LocalDate stillLastingOn) {
  public static final OutsideRelief UNKNOWN = new OutsideRelief(null, null, null);

  public OutsideRelief {
    if (percent != null && (percent < 0 || percent > 100)) {
      throw new InvalidInputException("reliefPercent", "reliefPercent must be between 0 and 100");
    }
    if (lasted != null && lasted.isNegative()) {
      throw new InvalidInputException("reliefLasted", "reliefLasted cannot be negative");
    }
    if (lasted != null && stillLastingOn != null) {
      throw new InvalidInputException(
          "reliefStillLastingOn",
          "relief either lasted a period (reliefLasted) or was still lasting on a day"
              + " (reliefStillLastingOn), not both");
    }
    if ((lasted != null || stillLastingOn != null) && percent == null) {
      throw new InvalidInputException(
          "reliefPercent", "reliefPercent is required to say how long that relief lasted");
    }
  }

  /**
   * The least time the relief is known to have lasted after a procedure on {@code performedOn}: the
   * period reported, or up to the day it was still lasting; empty when unknown.
   */
  public Optional<Period> lastedAtLeast(LocalDate performedOn) {
    if (lasted != null) {
      return Optional.of(lasted);
    }
    return stillLastingOn == null
        ? Optional.empty()
        : Optional.of(Period.between(performedOn, stillLastingOn));
  }

  /** Refuses relief reported beyond what a procedure on {@code performedOn} allows by today. */
  void checkAgainst(LocalDate performedOn, LocalDate today) {
    if (lasted != null && lastedPastToday(performedOn, today)) {
      throw new InvalidInputException(
          "reliefLasted",
          "relief from a procedure on "
              + performedOn
              + " cannot have lasted "
              + lasted
              + " by today; give the day it was still lasting (reliefStillLastingOn) instead");
    }
    if (stillLastingOn != null && stillLastingOn.isBefore(performedOn)) {
      throw new InvalidInputException(
          "reliefStillLastingOn", "reliefStillLastingOn cannot be before performedOn");
    }
    PlausibleDates.inHistory(stillLastingOn, today, "reliefStillLastingOn");
  }

  /** Whether {@link #lasted} from that day runs past today; a period past any date does too. */
  private boolean lastedPastToday(LocalDate performedOn, LocalDate today) {
    try {
      return performedOn.plus(lasted).isAfter(today);
    } catch (DateTimeException | ArithmeticException e) {
      return true;
    }
  }
}
