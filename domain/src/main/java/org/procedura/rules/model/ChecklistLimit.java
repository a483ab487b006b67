package org.procedura.rules.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Collection;
import java.util.Optional;
import org.procedura.catalog.model.BleedingRisk;
import org.procedura.shared.model.Check;

/**
 * A limit a recorded value is held to (docs/clinical-reference.md section 4), kept as data: a
 * reading at most {@code maximum} and at least {@code minimum}; for the last meal or clear liquids,
 * {@code minimum} hours before the procedure's start. It applies to every procedure unless it names
 * a bleeding risk (the procedure's, raised by the patient factors) or a meal.
 */
public record ChecklistLimit(
    ChecklistItem item,
    BleedingRisk bleedingRisk,
    Meal meal,
    BigDecimal minimum,
    BigDecimal maximum,
    String unit) {
  public static final String HOURS = "h";

  public ChecklistLimit {
    Check.present(item, "item");
    if (minimum == null && maximum == null) {
      throw new IllegalArgumentException("a limit on " + item + " has a minimum or a maximum");
    }
    if (fasting(item) && (minimum == null || maximum != null || !HOURS.equals(unit))) {
      throw new IllegalArgumentException("a fasting limit is a minimum number of hours");
    }
    if (!fasting(item) && item.kind() != ChecklistItem.Kind.READING) {
      throw new IllegalArgumentException(item + " has no value a limit could apply to");
    }
    if (meal != null && item != ChecklistItem.LAST_SOLID_FOOD) {
      throw new IllegalArgumentException("only the last solid food is of a kind of meal");
    }
  }

  /** The first of {@code limits} on the item that applies to this procedure and meal. */
  public static Optional<ChecklistLimit> applying(
      Collection<ChecklistLimit> limits, ChecklistItem item, BleedingRisk risk, Meal meal) {
    return limits.stream()
        .filter(limit -> limit.item == item)
        .filter(limit -> limit.bleedingRisk == null || limit.bleedingRisk == risk)
        .filter(limit -> limit.meal == null || limit.meal == meal)
        .findFirst();
  }

  /** The fasting time a minimum in hours stands for, to the minute. */
  public Duration fastingTime() {
    return Duration.ofMinutes(
        minimum.multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.UP).longValueExact());
  }

  /** The limit in words: "at most 1.4", "at least 6 h before the start". */
  public String describe() {
    String unitText = unit == null ? "" : " " + unit;
    if (fasting(item)) {
      return "at least " + plain(minimum) + " h before the start";
    }
    if (minimum == null) {
      return "at most " + plain(maximum) + unitText;
    }
    if (maximum == null) {
      return "at least " + plain(minimum) + unitText;
    }
    return "from " + plain(minimum) + " to " + plain(maximum) + unitText;
  }

  static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  static boolean fasting(ChecklistItem item) {
    return item == ChecklistItem.LAST_SOLID_FOOD || item == ChecklistItem.LAST_CLEAR_LIQUIDS;
  }
}
