package org.procedura.outcomes.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Percent relief, computed and never typed when pain was scored on the baseline's scale. */
public final class Relief {
  public static final BigDecimal DURABLE = new BigDecimal("50");

  private Relief() {}

  /**
   * (baseline − now) ÷ baseline × 100, to one decimal; negative when worse. Null when the baseline
   * is 0: without pain before, relief means nothing.
   */
  public static BigDecimal percent(BigDecimal baseline, BigDecimal now) {
    if (baseline.signum() == 0) {
      return null;
    }
    return baseline
        .subtract(now)
        .multiply(BigDecimal.valueOf(100))
        .divide(baseline, 1, RoundingMode.HALF_UP);
  }

  /**
   * The relief a set of measures shows: computed from NRS against the NRS baseline when both exist,
   * else the patient's own percent relief, else none.
   */
  public static Optional<BigDecimal> shownBy(
      Map<Scale, Measure> baseline, Collection<Measure> measures) {
    Measure before = baseline.get(Scale.NRS);
    Optional<Measure> nrs = measures.stream().filter(m -> m.scale() == Scale.NRS).findFirst();
    if (before != null && nrs.isPresent()) {
      return Optional.ofNullable(percent(before.score(), nrs.get().score()));
    }
    return measures.stream()
        .filter(m -> m.scale() == Scale.PERCENT_RELIEF)
        .map(Measure::score)
        .findFirst();
  }
}
