package org.procedura.outcomes.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import org.procedura.shared.model.Check;

/**
 * How long relief of at least {@link Relief#DURABLE} % has lasted since a procedure: from the day
 * of the procedure to the last follow-up that still showed it, counting follow-ups in date order
 * and stopping at the first one below. Relief that drops and later recovers has not lasted: the
 * recovery does not extend it. No follow-up with 50 % or more gives zero days.
 *
 * <p>This is what the repeat rules of docs/clinical-reference.md section 2 read (e.g. "RFA repeat
 * needs ≥ 50 % relief for ≥ 6 months"); {@code lastedUntil} is null when it never lasted.
 */
public record DurableRelief(LocalDate procedureOn, LocalDate lastedUntil, long days) {
  public DurableRelief {
    Check.present(procedureOn, "procedureOn");
  }

  /** A follow-up's relief on the day it was recorded. */
  public record Point(LocalDate on, java.math.BigDecimal percent) {}

  public static DurableRelief since(LocalDate procedureOn, List<Point> followUps) {
    LocalDate lasted = null;
    List<Point> inOrder = followUps.stream().sorted(Comparator.comparing(Point::on)).toList();
    for (Point point : inOrder) {
      if (point.percent() == null) {
        continue; // a follow-up without a pain measure (e.g. ODI only) neither extends nor ends it
      }
      if (point.percent().compareTo(Relief.DURABLE) < 0) {
        break;
      }
      lasted = point.on();
    }
    long days = lasted == null ? 0 : ChronoUnit.DAYS.between(procedureOn, lasted);
    return new DurableRelief(procedureOn, lasted, days);
  }

  /** Whole months lasted, as the repeat rules count them. */
  public long months() {
    return lastedUntil == null ? 0 : ChronoUnit.MONTHS.between(procedureOn, lastedUntil);
  }
}
