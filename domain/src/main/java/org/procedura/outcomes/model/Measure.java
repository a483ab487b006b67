package org.procedura.outcomes.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.procedura.shared.model.Check;
import org.procedura.shared.model.InvalidInputException;

/**
 * One score on one {@link Scale}, checked against the scale. Questionnaires (ODI, NDI, PEG) are
 * given as their item answers and scored here; single-value scales are given as {@code value}.
 * Scores keep one decimal.
 */
public record Measure(Scale scale, BigDecimal score, List<Integer> items) {
  /**
   * The fewest ODI sections that still give a score: 8 of 10. With more than two sections
   * unanswered the index no longer describes the patient's disability, so it is refused.
   */
  public static final int ODI_MINIMUM_ANSWERED = 8;

  private static final int ODI_SECTIONS = 10;
  private static final int NDI_ITEMS = 10;
  private static final int PEG_ITEMS = 3;
  private static final BigDecimal MME_MOST = new BigDecimal("10000");

  public Measure {
    Check.present(scale, "scale");
    Check.present(score, "score");
    items = items == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(items));
  }

  /** Checks and scores what was answered on the scale. */
  public static Measure of(Scale scale, BigDecimal value, List<Integer> items) {
    Check.present(scale, "scale");
    List<Integer> answers = items == null ? List.of() : items;
    return switch (scale) {
      case NRS -> single(scale, value, answers, 0, 10);
      case PERCENT_RELIEF -> single(scale, value, answers, 0, 100);
      case PGIC -> single(scale, value, answers, 1, 7);
      case MME -> opioids(value, answers);
      case ODI -> oswestry(value, answers);
      case NDI -> neckDisability(value, answers);
      case PEG -> peg(value, answers);
    };
  }

  public static Measure nrs(int value) {
    return of(Scale.NRS, BigDecimal.valueOf(value), null);
  }

  private static Measure single(
      Scale scale, BigDecimal value, List<Integer> items, int lo, int hi) {
    noItems(scale, items);
    Check.present(value, "value");
    if (value.stripTrailingZeros().scale() > 0
        || value.compareTo(BigDecimal.valueOf(lo)) < 0
        || value.compareTo(BigDecimal.valueOf(hi)) > 0) {
      throw new InvalidInputException(
          "value", scale + " must be a whole number from " + lo + " to " + hi);
    }
    return new Measure(scale, tenths(value), List.of());
  }

  private static Measure opioids(BigDecimal value, List<Integer> items) {
    noItems(Scale.MME, items);
    Check.present(value, "value");
    if (value.signum() < 0 || value.compareTo(MME_MOST) > 0) {
      throw new InvalidInputException(
          "value", "MME must be from 0 to " + MME_MOST + " milligrams a day");
    }
    if (value.stripTrailingZeros().scale() > 1) {
      throw new InvalidInputException("value", "MME is kept to one decimal");
    }
    return new Measure(Scale.MME, tenths(value), List.of());
  }

  /** Sum ÷ (5 × sections answered) × 100; unanswered sections are given as null. */
  private static Measure oswestry(BigDecimal value, List<Integer> items) {
    noValue(Scale.ODI, value);
    answerCount(Scale.ODI, items, ODI_SECTIONS);
    List<Integer> answered = items.stream().filter(Objects::nonNull).toList();
    if (answered.size() < ODI_MINIMUM_ANSWERED) {
      throw new InvalidInputException(
          "items",
          "ODI needs at least "
              + ODI_MINIMUM_ANSWERED
              + " of its 10 sections answered; "
              + answered.size()
              + " were");
    }
    inRange(Scale.ODI, answered, 5);
    int sum = answered.stream().mapToInt(Integer::intValue).sum();
    BigDecimal score =
        BigDecimal.valueOf(sum * 100L)
            .divide(BigDecimal.valueOf(5L * answered.size()), 1, RoundingMode.HALF_UP);
    return new Measure(Scale.ODI, score, items);
  }

  private static Measure neckDisability(BigDecimal value, List<Integer> items) {
    noValue(Scale.NDI, value);
    answerCount(Scale.NDI, items, NDI_ITEMS);
    allAnswered(Scale.NDI, items);
    inRange(Scale.NDI, items, 5);
    return new Measure(Scale.NDI, tenths(BigDecimal.valueOf(sum(items))), items);
  }

  private static Measure peg(BigDecimal value, List<Integer> items) {
    noValue(Scale.PEG, value);
    answerCount(Scale.PEG, items, PEG_ITEMS);
    allAnswered(Scale.PEG, items);
    inRange(Scale.PEG, items, 10);
    BigDecimal mean =
        BigDecimal.valueOf(sum(items))
            .divide(BigDecimal.valueOf(PEG_ITEMS), 1, RoundingMode.HALF_UP);
    return new Measure(Scale.PEG, mean, items);
  }

  private static int sum(List<Integer> items) {
    return items.stream().mapToInt(Integer::intValue).sum();
  }

  private static BigDecimal tenths(BigDecimal value) {
    return value.setScale(1, RoundingMode.HALF_UP);
  }

  private static void noItems(Scale scale, List<Integer> items) {
    if (!items.isEmpty()) {
      throw new InvalidInputException("items", scale + " is one value, not item answers");
    }
  }

  private static void noValue(Scale scale, BigDecimal value) {
    if (value != null) {
      throw new InvalidInputException(
          "value", scale + " is scored from its item answers; send items, not a value");
    }
  }

  private static void answerCount(Scale scale, List<Integer> items, int count) {
    if (items.size() != count) {
      throw new InvalidInputException(
          "items", scale + " has " + count + " items; " + items.size() + " were given");
    }
  }

  private static void allAnswered(Scale scale, List<Integer> items) {
    if (items.contains(null)) {
      throw new InvalidInputException("items", "every " + scale + " item must be answered");
    }
  }

  private static void inRange(Scale scale, List<Integer> answered, int most) {
    for (Integer answer : answered) {
      if (answer < 0 || answer > most) {
        throw new InvalidInputException(
            "items", scale + " items are answered from 0 to " + most + "; got " + answer);
      }
    }
  }
}
