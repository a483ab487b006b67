package org.procedura.outcomes.model;

import java.time.LocalDate;
import java.time.Period;
import org.procedura.shared.model.Check;
import org.procedura.shared.model.InvalidInputException;

/**
 * One follow-up of a protocol: due {@code after} the day of the procedure, to be done within {@code
 * windowDays} either side of that day.
 */
public record FollowUpStep(String label, Period after, int windowDays) {
  static final int LONGEST_WINDOW = 60;

  public FollowUpStep {
    label = Check.text(label, "label", 60);
    Check.present(after, "after");
    if (after.isNegative() || after.isZero()) {
      throw new InvalidInputException("after", "a follow-up is due some time after the procedure");
    }
    if (windowDays < 0 || windowDays > LONGEST_WINDOW) {
      throw new InvalidInputException(
          "windowDays", "windowDays must be from 0 to " + LONGEST_WINDOW);
    }
  }

  public LocalDate dueAfter(LocalDate procedureDay) {
    return procedureDay.plus(after);
  }
}
