package org.procedura.reports.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.procedura.shared.model.Check;

/**
 * What the availability search offered for a procedure type on a day: the first free slot (null
 * when none within the horizon searched), and the wait in whole clinic days from the sampled day to
 * the slot's day.
 */
public record WaitingTimeSample(
    LocalDate sampledOn, String procedureType, Instant firstSlotAt, Long waitDays) {
  public WaitingTimeSample {
    Check.present(sampledOn, "sampledOn");
    Check.present(procedureType, "procedureType");
  }

  public static WaitingTimeSample of(
      LocalDate sampledOn, String procedureType, Instant firstSlotAt, ZoneId zone) {
    Long days =
        firstSlotAt == null
            ? null
            : ChronoUnit.DAYS.between(sampledOn, LocalDate.ofInstant(firstSlotAt, zone));
    return new WaitingTimeSample(sampledOn, procedureType, firstSlotAt, days);
  }
}
