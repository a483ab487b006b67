package org.procedura.rules.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.shared.model.DomainAssertions.assertInvalid;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.procedura.outcomes.model.Scale;

class ChecklistInputTest {
  private static final Instant AT = Instant.parse("2027-06-15T05:00:00Z");
  private static final List<Integer> TEN = List.of(1, 2, 3, 4, 5, 0, 1, 2, 3, 4);

  private static ChecklistInput answer(Boolean yes) {
    return new ChecklistInput(yes, null, null, null, null, null, null);
  }

  private static ChecklistInput value(String value) {
    return new ChecklistInput(null, new BigDecimal(value), null, null, null, null, null);
  }

  private static ChecklistInput scores(Integer nrs, List<Integer> odi, List<Integer> ndi) {
    return new ChecklistInput(null, null, null, null, nrs, odi, ndi);
  }

  @Test
  void eachKindOfItemTakesItsOwnFields() {
    assertThat(ChecklistInput.none().valueFor(ChecklistItem.PREGNANCY_CHECKED))
        .isEqualTo(new ChecklistValue.Checked());
    assertThat(answer(false).valueFor(ChecklistItem.ACTIVE_INFECTION))
        .isEqualTo(new ChecklistValue.Answer(false));
    assertThat(value("1.40").valueFor(ChecklistItem.INR))
        .isEqualTo(new ChecklistValue.Reading(new BigDecimal("1.4")));
    assertThat(
            new ChecklistInput(null, null, AT, Meal.LIGHT, null, null, null)
                .valueFor(ChecklistItem.LAST_SOLID_FOOD))
        .isEqualTo(new ChecklistValue.LastMeal(AT, Meal.LIGHT));
    assertThat(
            new ChecklistInput(null, null, AT, null, null, null, null)
                .valueFor(ChecklistItem.LAST_CLEAR_LIQUIDS))
        .isEqualTo(new ChecklistValue.LastLiquids(AT));
    var baseline =
        (ChecklistValue.PainScores)
            scores(6, TEN, null).valueFor(ChecklistItem.BASELINE_PAIN_SCORE);
    assertThat(baseline.scores()).extracting(m -> m.scale()).containsExactly(Scale.NRS, Scale.ODI);
  }

  @Test
  void aMissingValueIsRefusedNamingTheField() {
    assertInvalid("answer", () -> ChecklistInput.none().valueFor(ChecklistItem.CONSENT_SIGNED));
    assertInvalid("value", () -> ChecklistInput.none().valueFor(ChecklistItem.INR));
    assertInvalid(
        "meal",
        () ->
            new ChecklistInput(null, null, AT, null, null, null, null)
                .valueFor(ChecklistItem.LAST_SOLID_FOOD));
    assertInvalid("at", () -> ChecklistInput.none().valueFor(ChecklistItem.LAST_CLEAR_LIQUIDS));
    assertInvalid("nrs", () -> scores(null, TEN, null).valueFor(ChecklistItem.BASELINE_PAIN_SCORE));
  }

  @Test
  void aFieldTheItemDoesNotTakeIsRefusedNamingIt() {
    assertInvalid("answer", () -> answer(true).valueFor(ChecklistItem.CONTRAST_ALLERGY_CHECKED));
    assertInvalid("value", () -> value("1.2").valueFor(ChecklistItem.DRIVER_PRESENT));
    assertInvalid(
        "meal",
        () ->
            new ChecklistInput(null, null, AT, Meal.FATTY, null, null, null)
                .valueFor(ChecklistItem.LAST_CLEAR_LIQUIDS));
    assertInvalid("answer", () -> answer(true).valueFor(ChecklistItem.BASELINE_PAIN_SCORE));
  }

  @Test
  void readingsAndScoresOffTheirScaleAreRefusedNamingTheField() {
    assertInvalid("value", () -> value("0.4").valueFor(ChecklistItem.INR));
    assertInvalid("value", () -> value("1.234").valueFor(ChecklistItem.INR));
    assertInvalid("value", () -> value("120.5").valueFor(ChecklistItem.BLOOD_GLUCOSE));
    assertInvalid("value", () -> value("1001").valueFor(ChecklistItem.BLOOD_GLUCOSE));
    assertThat(value("1000").valueFor(ChecklistItem.BLOOD_GLUCOSE))
        .isEqualTo(new ChecklistValue.Reading(new BigDecimal("1000")));
    assertInvalid("nrs", () -> scores(11, null, null).valueFor(ChecklistItem.BASELINE_PAIN_SCORE));
    assertInvalid(
        "odi", () -> scores(6, List.of(1, 2, 3), null).valueFor(ChecklistItem.BASELINE_PAIN_SCORE));
    assertInvalid(
        "ndi",
        () ->
            scores(6, null, Arrays.asList(1, 2, 3, 4, 5, 0, 1, 2, 3, null))
                .valueFor(ChecklistItem.BASELINE_PAIN_SCORE));
  }
}
