package org.procedura.scheduling.application;

import java.time.LocalDate;
import org.procedura.shared.model.InvalidInputException;

/**
 * The clinic days a request may ask about: far beyond any booking, well inside what time can hold.
 */
final class ClinicDates {
  static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
  static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

  private ClinicDates() {}

  static LocalDate requireWithinReach(LocalDate date, String field) {
    if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
      throw new InvalidInputException(
          field, field + " must be between " + EARLIEST + " and " + LATEST);
    }
    return date;
  }
}
