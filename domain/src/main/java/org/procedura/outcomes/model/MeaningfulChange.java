package org.procedura.outcomes.model;

import java.math.BigDecimal;

/**
 * The smallest changes that matter to a patient (docs/clinical-reference.md section 5): NRS down by
 * 2 points or 30 %, ODI down by 10 points, NDI down by 5 points, PGIC "much" or "very much
 * improved", and for a therapeutic procedure 50 % relief. PEG-3 and MME have no established
 * threshold, so no verdict (null) is given for them.
 */
public final class MeaningfulChange {
  static final BigDecimal NRS_POINTS = new BigDecimal("2");
  static final BigDecimal NRS_PERCENT = new BigDecimal("30");
  static final BigDecimal ODI_POINTS = new BigDecimal("10");
  static final BigDecimal NDI_POINTS = new BigDecimal("5");
  static final BigDecimal THERAPEUTIC_RELIEF = new BigDecimal("50");
  static final BigDecimal PGIC_MUCH_IMPROVED = new BigDecimal("2");

  private MeaningfulChange() {}

  /**
   * Whether the change from {@code baseline} to {@code now} is clinically meaningful, or null when
   * the scale has no threshold. {@code baseline} is null for relative scales.
   */
  public static Boolean reached(Scale scale, BigDecimal baseline, BigDecimal now) {
    return switch (scale) {
      case NRS ->
          atLeast(baseline.subtract(now), NRS_POINTS)
              || (Relief.percent(baseline, now) != null
                  && atLeast(Relief.percent(baseline, now), NRS_PERCENT));
      case ODI -> atLeast(baseline.subtract(now), ODI_POINTS);
      case NDI -> atLeast(baseline.subtract(now), NDI_POINTS);
      case PERCENT_RELIEF -> atLeast(now, THERAPEUTIC_RELIEF);
      case PGIC -> now.compareTo(PGIC_MUCH_IMPROVED) <= 0;
      case PEG, MME -> null;
    };
  }

  private static boolean atLeast(BigDecimal value, BigDecimal threshold) {
    return value.compareTo(threshold) >= 0;
  }
}
