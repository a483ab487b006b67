package org.procedura.rules.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.procedura.outcomes.model.Measure;
import org.procedura.outcomes.model.Scale;
import org.procedura.shared.model.InvalidInputException;

/**
 * What was sent to record a checklist item: one shape for every item, each item taking the fields
 * of its kind and no others. {@link #valueFor} checks that and gives the value; every refusal names
 * the field.
 *
 * <ul>
 *   <li>a check: nothing;
 *   <li>an answer: {@code answer} (yes or no);
 *   <li>a reading: {@code value} (INR 0.5 to 20 with up to two decimals; glucose a whole number of
 *       mg/dL from 10 to 1000);
 *   <li>the last solid food: {@code at} and {@code meal}; the last clear liquids: {@code at};
 *   <li>the baseline pain score: {@code nrs} (0 to 10), and {@code odi} (10 sections 0 to 5, null
 *       for one unanswered) and {@code ndi} (10 items 0 to 5) where asked for.
 * </ul>
 */
public record ChecklistInput(
    Boolean answer,
    BigDecimal value,
    Instant at,
    Meal meal,
    Integer nrs,
    List<Integer> odi,
    List<Integer> ndi) {
  private static final BigDecimal INR_LEAST = new BigDecimal("0.5");
  private static final BigDecimal INR_MOST = new BigDecimal("20");
  private static final BigDecimal GLUCOSE_LEAST = BigDecimal.TEN;
  private static final BigDecimal GLUCOSE_MOST = new BigDecimal("1000");

  /** Nothing sent: what a check takes. */
  public static ChecklistInput none() {
    return new ChecklistInput(null, null, null, null, null, null, null);
  }

  public ChecklistValue valueFor(ChecklistItem item) {
    return switch (item.kind()) {
      case CHECK -> {
        onlyThe(item);
        yield new ChecklistValue.Checked();
      }
      case ANSWER -> {
        onlyThe(item, "answer");
        yield new ChecklistValue.Answer(required("answer", answer, item));
      }
      case READING -> {
        onlyThe(item, "value");
        yield new ChecklistValue.Reading(reading(item, required("value", value, item)));
      }
      case MEAL -> {
        onlyThe(item, "at", "meal");
        yield new ChecklistValue.LastMeal(required("at", at, item), required("meal", meal, item));
      }
      case LIQUIDS -> {
        onlyThe(item, "at");
        yield new ChecklistValue.LastLiquids(required("at", at, item));
      }
      case PAIN_SCORES -> {
        onlyThe(item, "nrs", "odi", "ndi");
        yield new ChecklistValue.PainScores(painScores(item));
      }
    };
  }

  private List<Measure> painScores(ChecklistItem item) {
    List<Measure> scores = new ArrayList<>();
    scores.add(
        named(
            "nrs",
            () -> Measure.of(Scale.NRS, BigDecimal.valueOf(required("nrs", nrs, item)), null)));
    if (odi != null) {
      scores.add(named("odi", () -> Measure.of(Scale.ODI, null, odi)));
    }
    if (ndi != null) {
      scores.add(named("ndi", () -> Measure.of(Scale.NDI, null, ndi)));
    }
    return scores;
  }

  private static BigDecimal reading(ChecklistItem item, BigDecimal value) {
    if (item == ChecklistItem.INR) {
      return within(value, INR_LEAST, INR_MOST, 2, "INR is from 0.5 to 20 with up to two decimals");
    }
    return within(
        value,
        GLUCOSE_LEAST,
        GLUCOSE_MOST,
        0,
        "blood glucose is a whole number of mg/dL from 10 to 1000");
  }

  private static BigDecimal within(
      BigDecimal value, BigDecimal least, BigDecimal most, int decimals, String expected) {
    if (value.compareTo(least) < 0
        || value.compareTo(most) > 0
        || value.stripTrailingZeros().scale() > decimals) {
      throw new InvalidInputException("value", expected);
    }
    return value;
  }

  /** Refuses every field sent that the item does not take, naming the first. */
  private void onlyThe(ChecklistItem item, String... taken) {
    Map<String, Object> sent = new LinkedHashMap<>();
    sent.put("answer", answer);
    sent.put("value", value);
    sent.put("at", at);
    sent.put("meal", meal);
    sent.put("nrs", nrs);
    sent.put("odi", odi);
    sent.put("ndi", ndi);
    List<String> allowed = List.of(taken);
    sent.forEach(
        (field, given) -> {
          if (given != null && !allowed.contains(field)) {
            throw new InvalidInputException(
                field,
                item
                    + (allowed.isEmpty()
                        ? " takes no value"
                        : " takes " + String.join(", ", allowed) + " only"));
          }
        });
  }

  private static <T> T required(String field, T given, ChecklistItem item) {
    if (given == null) {
      throw new InvalidInputException(field, item + " needs " + field);
    }
    return given;
  }

  /** A score checked by its scale, its refusal named by the field it was sent in. */
  private static Measure named(String field, Supplier<Measure> score) {
    try {
      return score.get();
    } catch (InvalidInputException e) {
      throw new InvalidInputException(field, e.getMessage());
    }
  }
}
