package org.procedura.rules.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.procedura.outcomes.model.Scale;

/**
 * The gate before a procedure: which checklist items this procedure needs for this patient, and the
 * BLOCK findings for those not yet recorded, for a value outside its limit or an answer that stops
 * the procedure ({@link ChecklistBreaches}), and for what rules the procedure out (contrast for a
 * patient allergic to it; fluoroscopy or vertebral augmentation in pregnancy).
 */
public final class CheckInChecklist {
  static final String RULE_ID = "CHECK_IN";

  /** The scales the checklist takes the baseline on, where the follow-ups measure them. */
  private static final Set<Scale> CHECKLIST_SCALES = EnumSet.of(Scale.NRS, Scale.ODI, Scale.NDI);

  private CheckInChecklist() {}

  /** The items this procedure and patient call for. */
  public static Set<ChecklistItem> required(CheckInFacts facts) {
    Set<ChecklistItem> items =
        EnumSet.of(
            ChecklistItem.CONSENT_SIGNED,
            ChecklistItem.BASELINE_PAIN_SCORE,
            ChecklistItem.CONTRAST_ALLERGY_CHECKED,
            ChecklistItem.PREGNANCY_CHECKED,
            ChecklistItem.ACTIVE_INFECTION);
    var procedure = facts.procedure();
    var patient = facts.patient();
    if (patient.holdNeeded()) {
      items.add(ChecklistItem.ANTITHROMBOTIC_HOLD_CONFIRMED);
    }
    if (patient.onWarfarin()
        && ChecklistLimit.applying(
                facts.limits(), ChecklistItem.INR, procedure.bleedingRisk(), null)
            .isPresent()) {
      items.add(ChecklistItem.INR);
    }
    if (procedure.sedation().needsEscort()) {
      items.add(ChecklistItem.DRIVER_PRESENT);
      items.add(ChecklistItem.LAST_SOLID_FOOD);
      items.add(ChecklistItem.LAST_CLEAR_LIQUIDS);
    }
    if (patient.diabetic() && procedure.steroid()) {
      items.add(ChecklistItem.BLOOD_GLUCOSE);
    }
    return items;
  }

  /** The scales of the baseline pain score: NRS, and ODI or NDI where the follow-ups measure it. */
  public static Set<Scale> baselineScales(CheckInFacts facts) {
    Set<Scale> scales = EnumSet.of(Scale.NRS);
    facts.procedure().followedOn().stream().filter(CHECKLIST_SCALES::contains).forEach(scales::add);
    return scales;
  }

  /**
   * The limits that apply to this procedure for the items it calls for or that were recorded: the
   * bleeding risk's INR limit, the glucose limit, the fasting times of each meal.
   */
  public static List<ChecklistLimit> limits(CheckInFacts facts) {
    Set<ChecklistItem> items = EnumSet.noneOf(ChecklistItem.class);
    items.addAll(required(facts));
    items.addAll(facts.recorded().keySet());
    return facts.limits().stream()
        .filter(limit -> items.contains(limit.item()))
        .filter(
            limit ->
                limit.bleedingRisk() == null
                    || limit.bleedingRisk() == facts.procedure().bleedingRisk())
        .toList();
  }

  /** Every reason the patient may not be checked in yet; empty when the gate is open. */
  public static List<Finding> unmet(CheckInFacts facts) {
    Set<ChecklistItem> required = required(facts);
    List<Finding> found = new ArrayList<>();
    for (ChecklistItem item : required) {
      if (!facts.recorded().containsKey(item)) {
        found.add(
            block(
                item.label() + " not recorded",
                Map.of("item", item.name()),
                "a nurse or physician records it on the checklist"));
      }
    }
    found.addAll(ChecklistBreaches.of(facts, required, baselineScales(facts)));
    var patient = facts.patient();
    var procedure = facts.procedure();
    if (procedure.contrast() && patient.contrastAllergy()) {
      found.add(
          block(
              "contrast is planned for a patient allergic to it",
              Map.of("contrastAllergy", "true"),
              "change the plan to ultrasound or a procedure without contrast"));
    }
    if (patient.pregnant() && (procedure.fluoroscopy() || procedure.vertebralAugmentation())) {
      found.add(
          block(
              "fluoroscopy or vertebral augmentation is planned during a pregnancy",
              Map.of("pregnant", "true"),
              "defer the procedure or plan it without fluoroscopy"));
    }
    return found;
  }

  static Finding block(String message, Map<String, String> facts, String resolution) {
    return new Finding(RULE_ID, Severity.BLOCK, message, facts, resolution, null);
  }
}
