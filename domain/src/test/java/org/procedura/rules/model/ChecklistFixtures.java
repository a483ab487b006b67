package org.procedura.rules.model;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.procedura.catalog.model.BleedingRisk;
import org.procedura.catalog.model.Sedation;
import org.procedura.outcomes.model.Measure;
import org.procedura.outcomes.model.Scale;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.Stamp;

/**
 * A procedure at {@link #START} and its checklist: by default a local-anaesthetic,
 * intermediate-risk steroid procedure under fluoroscopy with contrast, for a patient with nothing
 * to declare, with the limits seeded by changeset 651; {@code with...} changes one thing.
 */
final class ChecklistFixtures {
  static final Instant START = Instant.parse("2027-06-15T13:00:00Z");
  static final Instant NOW = START.minus(Duration.ofMinutes(30));
  static final Stamp NURSE = new Stamp(NOW, new Actor("nurse.kim"));

  static final List<ChecklistLimit> SEEDED =
      List.of(
          new ChecklistLimit(
              ChecklistItem.INR, BleedingRisk.INTERMEDIATE, null, null, dec("1.4"), null),
          new ChecklistLimit(ChecklistItem.INR, BleedingRisk.HIGH, null, null, dec("1.4"), null),
          new ChecklistLimit(ChecklistItem.BLOOD_GLUCOSE, null, null, null, dec("200"), "mg/dL"),
          new ChecklistLimit(ChecklistItem.LAST_CLEAR_LIQUIDS, null, null, dec("2"), null, "h"),
          new ChecklistLimit(ChecklistItem.LAST_SOLID_FOOD, null, Meal.LIGHT, dec("6"), null, "h"),
          new ChecklistLimit(ChecklistItem.LAST_SOLID_FOOD, null, Meal.FATTY, dec("8"), null, "h"));

  private Sedation sedation = Sedation.LOCAL_ONLY;
  private boolean contrast = true;
  private boolean fluoroscopy = true;
  private boolean steroid = true;
  private boolean vertebralAugmentation = false;
  private BleedingRisk risk = BleedingRisk.INTERMEDIATE;
  private Set<Scale> followedOn = Set.of(Scale.NRS);
  private boolean diabetic;
  private boolean contrastAllergy;
  private boolean pregnant;
  private boolean holdNeeded;
  private boolean onWarfarin;
  private final Map<ChecklistItem, ChecklistEntry> recorded = new EnumMap<>(ChecklistItem.class);

  static ChecklistFixtures procedure() {
    return new ChecklistFixtures();
  }

  ChecklistFixtures sedated() {
    sedation = Sedation.MODERATE;
    return this;
  }

  ChecklistFixtures withoutContrastOrFluoroscopy() {
    contrast = false;
    fluoroscopy = false;
    return this;
  }

  ChecklistFixtures withoutSteroid() {
    steroid = false;
    return this;
  }

  ChecklistFixtures risk(BleedingRisk bleedingRisk) {
    risk = bleedingRisk;
    return this;
  }

  ChecklistFixtures followedOn(Scale... scales) {
    followedOn = Set.of(scales);
    return this;
  }

  ChecklistFixtures diabetic() {
    diabetic = true;
    return this;
  }

  ChecklistFixtures allergicToContrast() {
    contrastAllergy = true;
    return this;
  }

  ChecklistFixtures pregnant() {
    pregnant = true;
    return this;
  }

  ChecklistFixtures holdNeeded() {
    holdNeeded = true;
    return this;
  }

  ChecklistFixtures onWarfarin() {
    onWarfarin = true;
    return this;
  }

  ChecklistFixtures recorded(ChecklistItem item, ChecklistValue value) {
    recorded.put(item, new ChecklistEntry(item, value, NURSE));
    return this;
  }

  /** Every item recorded with a value inside its limit (NRS 6 for the baseline). */
  ChecklistFixtures allRecordedWithinLimits() {
    for (ChecklistItem item : ChecklistItem.values()) {
      recorded(item, passing(item));
    }
    return this;
  }

  /** Every item not recorded yet recorded with a value inside its limit. */
  ChecklistFixtures allRecordedWithinLimitsExceptThoseGiven() {
    for (ChecklistItem item : ChecklistItem.values()) {
      recorded.computeIfAbsent(item, i -> new ChecklistEntry(i, passing(i), NURSE));
    }
    return this;
  }

  ChecklistFixtures without(ChecklistItem item) {
    recorded.remove(item);
    return this;
  }

  CheckInFacts facts() {
    return new CheckInFacts(
        new CheckInFacts.Procedure(
            sedation,
            contrast,
            fluoroscopy,
            steroid,
            vertebralAugmentation,
            risk,
            START,
            followedOn),
        new CheckInFacts.Patient(diabetic, contrastAllergy, pregnant, holdNeeded, onWarfarin),
        SEEDED,
        recorded);
  }

  static ChecklistValue passing(ChecklistItem item) {
    return switch (item) {
      case CONSENT_SIGNED, DRIVER_PRESENT -> new ChecklistValue.Answer(true);
      case ACTIVE_INFECTION -> new ChecklistValue.Answer(false);
      case INR -> reading("1.1");
      case BLOOD_GLUCOSE -> reading("120");
      case LAST_SOLID_FOOD ->
          new ChecklistValue.LastMeal(START.minus(Duration.ofHours(10)), Meal.FATTY);
      case LAST_CLEAR_LIQUIDS -> new ChecklistValue.LastLiquids(START.minus(Duration.ofHours(3)));
      case BASELINE_PAIN_SCORE -> new ChecklistValue.PainScores(List.of(Measure.nrs(6)));
      case CONTRAST_ALLERGY_CHECKED, PREGNANCY_CHECKED, ANTITHROMBOTIC_HOLD_CONFIRMED ->
          new ChecklistValue.Checked();
    };
  }

  static ChecklistValue.Reading reading(String value) {
    return new ChecklistValue.Reading(dec(value));
  }

  static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }
}
