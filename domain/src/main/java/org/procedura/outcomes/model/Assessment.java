package org.procedura.outcomes.model;

import java.math.BigDecimal;
import java.util.Map;
import org.procedura.shared.model.UnprocessableException;

/**
 * One measure set against the pre-procedure baseline on the same scale: the change, the percent
 * change (relief, for pain) and whether it is clinically meaningful (null where the scale has no
 * threshold). Relative scales have no baseline, change or percent.
 */
public record Assessment(
    Scale scale,
    BigDecimal baseline,
    BigDecimal score,
    BigDecimal change,
    BigDecimal percentChange,
    Boolean meaningful) {

  /**
   * Assesses {@code measure} against the baseline of its scale; refuses an absolute scale with no
   * baseline on it, since relief can only be computed on the same scale.
   */
  public static Assessment of(Measure measure, Map<Scale, Measure> baseline) {
    Scale scale = measure.scale();
    if (scale.relative()) {
      return new Assessment(
          scale,
          null,
          measure.score(),
          null,
          null,
          MeaningfulChange.reached(scale, null, measure.score()));
    }
    Measure before = baseline.get(scale);
    if (before == null) {
      throw new UnprocessableException(
          "NO_BASELINE_ON_SCALE",
          scale
              + " cannot be compared: the baseline before the procedure was scored on "
              + (baseline.isEmpty() ? "no scale" : baseline.keySet().toString())
              + "; record follow-ups on the baseline's scale");
    }
    return new Assessment(
        scale,
        before.score(),
        measure.score(),
        before.score().subtract(measure.score()),
        Relief.percent(before.score(), measure.score()),
        MeaningfulChange.reached(scale, before.score(), measure.score()));
  }
}
