package org.procedura.rules.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The gate before a procedure: which checklist items this procedure needs for this patient, and the
 * BLOCK findings for those not yet recorded or that rule the procedure out (contrast for a patient
 * allergic to it; fluoroscopy or vertebral augmentation in pregnancy).
 */
public final class CheckInChecklist {
  static final String RULE_ID = "CHECK_IN";

  private CheckInChecklist() {}

  /** The items this procedure and patient call for. */
  public static Set<ChecklistItem> required(CheckInFacts facts) {
    Set<ChecklistItem> items =
        EnumSet.of(
            ChecklistItem.CONSENT_SIGNED,
            ChecklistItem.BASELINE_PAIN_SCORE,
            ChecklistItem.CONTRAST_ALLERGY_CHECKED,
            ChecklistItem.PREGNANCY_CHECKED,
            ChecklistItem.NO_ACTIVE_INFECTION);
    if (facts.holdNeeded()) {
      items.add(ChecklistItem.ANTITHROMBOTIC_HOLD_CONFIRMED);
    }
    if (facts.sedation().needsEscort()) {
      items.add(ChecklistItem.DRIVER_PRESENT);
      items.add(ChecklistItem.FASTING_CONFIRMED);
    }
    if (facts.diabetic() && facts.steroid()) {
      items.add(ChecklistItem.GLUCOSE_CHECKED);
    }
    return items;
  }

  /** Every reason the patient may not be checked in yet; empty when the gate is open. */
  public static List<Finding> unmet(CheckInFacts facts) {
    List<Finding> found = new ArrayList<>();
    for (ChecklistItem item : required(facts)) {
      if (!facts.recorded().containsKey(item)) {
        found.add(
            block(
                item.name().toLowerCase().replace('_', ' ') + " not recorded",
                Map.of("item", item.name()),
                "a nurse or physician records it on the checklist"));
      }
    }
    if (facts.contrast() && facts.contrastAllergy()) {
      found.add(
          block(
              "contrast is planned for a patient allergic to it",
              Map.of("contrastAllergy", "true"),
              "change the plan to ultrasound or a procedure without contrast"));
    }
    if (facts.pregnant() && (facts.fluoroscopy() || facts.vertebralAugmentation())) {
      found.add(
          block(
              "fluoroscopy or vertebral augmentation is planned during a pregnancy",
              Map.of("pregnant", "true"),
              "defer the procedure or plan it without fluoroscopy"));
    }
    return found;
  }

  private static Finding block(String message, Map<String, String> facts, String resolution) {
    return new Finding(RULE_ID, Severity.BLOCK, message, facts, resolution, null);
  }
}
