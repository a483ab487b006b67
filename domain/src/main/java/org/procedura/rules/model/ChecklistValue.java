package org.procedura.rules.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.procedura.outcomes.model.Measure;
import org.procedura.outcomes.model.Scale;
import org.procedura.shared.model.Check;

/**
 * What a nurse or physician recorded for a checklist item, one shape per {@link
 * ChecklistItem.Kind}.
 */
public sealed interface ChecklistValue {

  ChecklistItem.Kind kind();

  /** Checked. */
  record Checked() implements ChecklistValue {
    @Override
    public ChecklistItem.Kind kind() {
      return ChecklistItem.Kind.CHECK;
    }
  }

  record Answer(boolean yes) implements ChecklistValue {
    @Override
    public ChecklistItem.Kind kind() {
      return ChecklistItem.Kind.ANSWER;
    }
  }

  /**
   * A measured value, in the item's unit (INR has none; glucose is in mg/dL), without trailing
   * zeros: 1.40 is 1.4, 200.00 is 200.
   */
  record Reading(BigDecimal value) implements ChecklistValue {
    public Reading {
      Check.present(value, "value");
      value = value.stripTrailingZeros();
      if (value.scale() < 0) {
        value = value.setScale(0);
      }
    }

    @Override
    public ChecklistItem.Kind kind() {
      return ChecklistItem.Kind.READING;
    }
  }

  /** When the patient last ate, and what. */
  record LastMeal(Instant at, Meal meal) implements ChecklistValue {
    public LastMeal {
      Check.present(at, "at");
      Check.present(meal, "meal");
    }

    @Override
    public ChecklistItem.Kind kind() {
      return ChecklistItem.Kind.MEAL;
    }
  }

  /** When the patient last drank clear liquids. */
  record LastLiquids(Instant at) implements ChecklistValue {
    public LastLiquids {
      Check.present(at, "at");
    }

    @Override
    public ChecklistItem.Kind kind() {
      return ChecklistItem.Kind.LIQUIDS;
    }
  }

  /** The pain scores of the baseline, one per scale. */
  record PainScores(List<Measure> scores) implements ChecklistValue {
    public PainScores {
      scores = List.copyOf(Check.present(scores, "scores"));
    }

    public boolean has(Scale scale) {
      return scores.stream().anyMatch(score -> score.scale() == scale);
    }

    @Override
    public ChecklistItem.Kind kind() {
      return ChecklistItem.Kind.PAIN_SCORES;
    }
  }
}
