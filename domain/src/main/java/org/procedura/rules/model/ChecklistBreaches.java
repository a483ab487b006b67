package org.procedura.rules.model;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.procedura.outcomes.model.Scale;

/**
 * What the recorded values say against the procedure: a reading outside its limit, a meal or clear
 * liquids too close to a sedated procedure's start, an answer that stops it (no consent, an active
 * infection, no driver after sedation), a baseline missing a scale the follow-ups measure. Each is
 * a BLOCK naming the value and the limit. Readings count whenever recorded; fasting, answers and
 * the baseline where the procedure calls for them.
 */
final class ChecklistBreaches {
  private ChecklistBreaches() {}

  static List<Finding> of(
      CheckInFacts facts, Set<ChecklistItem> required, Set<Scale> baselineScales) {
    List<Finding> found = new ArrayList<>();
    for (ChecklistEntry entry : facts.recorded().values()) {
      ChecklistItem item = entry.item();
      switch (entry.value()) {
        case ChecklistValue.Reading reading -> reading(facts, item, reading.value(), found);
        case ChecklistValue.Answer answer when required.contains(item) ->
            answer(item, answer.yes(), found);
        case ChecklistValue.LastMeal meal when required.contains(item) ->
            fasting(facts, item, meal.at(), meal.meal(), found);
        case ChecklistValue.LastLiquids liquids when required.contains(item) ->
            fasting(facts, item, liquids.at(), null, found);
        case ChecklistValue.PainScores scores when required.contains(item) ->
            baseline(scores, baselineScales, found);
        default -> {}
      }
    }
    return found;
  }

  private static void reading(
      CheckInFacts facts, ChecklistItem item, BigDecimal value, List<Finding> found) {
    var limit =
        ChecklistLimit.applying(facts.limits(), item, facts.procedure().bleedingRisk(), null);
    if (limit.isEmpty()) {
      return;
    }
    ChecklistLimit the = limit.get();
    String unit = the.unit() == null ? "" : " " + the.unit();
    String name = item == ChecklistItem.INR ? "INR" : item.label();
    String breach = null;
    BigDecimal bound = null;
    if (the.maximum() != null && value.compareTo(the.maximum()) > 0) {
      breach = "above";
      bound = the.maximum();
    } else if (the.minimum() != null && value.compareTo(the.minimum()) < 0) {
      breach = "below";
      bound = the.minimum();
    }
    if (breach == null) {
      return;
    }
    found.add(
        CheckInChecklist.block(
            name
                + " "
                + ChecklistLimit.plain(value)
                + unit
                + " "
                + breach
                + " the limit of "
                + ChecklistLimit.plain(bound)
                + unit,
            Map.of(
                "item", item.name(),
                "value", ChecklistLimit.plain(value),
                "limit", the.describe(),
                "bleedingRisk", facts.procedure().bleedingRisk().name()),
            "defer the procedure until the "
                + name
                + " is "
                + the.describe()
                + ", and record the new value"));
  }

  private static void fasting(
      CheckInFacts facts, ChecklistItem item, Instant at, Meal meal, List<Finding> found) {
    var limit =
        ChecklistLimit.applying(facts.limits(), item, facts.procedure().bleedingRisk(), meal);
    if (limit.isEmpty()) {
      return;
    }
    Instant start = facts.procedure().start();
    Duration needed = limit.get().fastingTime();
    Duration fasted = Duration.between(at, start);
    if (fasted.compareTo(needed) >= 0) {
      return;
    }
    String what = meal == null ? "clear liquids" : "a " + meal.name().toLowerCase() + " meal";
    found.add(
        CheckInChecklist.block(
            what
                + " "
                + (fasted.isNegative() ? "after the start" : words(fasted) + " before the start")
                + ", less than the limit of "
                + words(needed),
            Map.of(
                "item", item.name(),
                "at", at.toString(),
                "limit", limit.get().describe(),
                "earliestStart", at.plus(needed).toString()),
            "start no earlier than "
                + words(needed)
                + " after "
                + what
                + ", or proceed without sedation"));
  }

  private static void answer(ChecklistItem item, boolean yes, List<Finding> found) {
    switch (item) {
      case CONSENT_SIGNED -> {
        if (!yes) {
          found.add(
              CheckInChecklist.block(
                  "consent is not signed",
                  Map.of("item", item.name(), "answer", "no"),
                  "the patient signs the consent before the procedure"));
        }
      }
      case ACTIVE_INFECTION -> {
        if (yes) {
          found.add(
              CheckInChecklist.block(
                  "the patient has an active infection",
                  Map.of("item", item.name(), "answer", "yes"),
                  "defer the procedure until the infection has resolved"));
        }
      }
      case DRIVER_PRESENT -> {
        if (!yes) {
          found.add(
              CheckInChecklist.block(
                  "no driver is present to take the patient home after sedation",
                  Map.of("item", item.name(), "answer", "no"),
                  "defer until a driver is present, or proceed without sedation"));
        }
      }
      default -> {}
    }
  }

  private static void baseline(
      ChecklistValue.PainScores scores, Set<Scale> needed, List<Finding> found) {
    for (Scale scale : needed) {
      if (!scores.has(scale)) {
        found.add(
            CheckInChecklist.block(
                "the baseline pain score has no "
                    + scale
                    + (scale == Scale.NRS
                        ? ""
                        : ", which the follow-ups of this procedure measure"),
                Map.of("item", ChecklistItem.BASELINE_PAIN_SCORE.name(), "scale", scale.name()),
                "record the baseline on " + scale + " before the procedure"));
      }
    }
  }

  /** "2 h", "5 h 59 min", "45 min". */
  static String words(Duration duration) {
    long hours = duration.toHours();
    long minutes = duration.toMinutesPart();
    if (hours == 0) {
      return minutes + " min";
    }
    return minutes == 0 ? hours + " h" : hours + " h " + minutes + " min";
  }
}
