package org.procedura.reports.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.UUID;
import org.procedura.scheduling.model.ResourceRef;

/** A clinician's or room's minutes over a day or week, against the minutes it worked. */
public record UtilisationRow(
    ResourceRef.Kind kind,
    UUID resourceId,
    String name,
    LocalDate periodStart,
    long workingMinutes,
    long bookedMinutes,
    long usedMinutes) {

  /** Booked minutes as a share of working minutes, to one decimal; null without working time. */
  public BigDecimal bookedPercent() {
    return percentOfWorking(bookedMinutes);
  }

  public BigDecimal usedPercent() {
    return percentOfWorking(usedMinutes);
  }

  private BigDecimal percentOfWorking(long minutes) {
    return workingMinutes == 0
        ? null
        : BigDecimal.valueOf(minutes * 100)
            .divide(BigDecimal.valueOf(workingMinutes), 1, RoundingMode.HALF_UP);
  }
}
