package org.procedura.api.rules;

/**
 * The pre-procedure checklist items (docs/clinical-reference.md section 4), with what each is
 * recorded with:
 *
 * <ul>
 *   <li>{@code CONSENT_SIGNED}, {@code ACTIVE_INFECTION}, {@code DRIVER_PRESENT}: {@code answer};
 *   <li>{@code CONTRAST_ALLERGY_CHECKED}, {@code PREGNANCY_CHECKED}, {@code
 *       ANTITHROMBOTIC_HOLD_CONFIRMED}: nothing (checked);
 *   <li>{@code INR}, {@code BLOOD_GLUCOSE} (mg/dL): {@code value};
 *   <li>{@code LAST_SOLID_FOOD}: {@code at} and {@code meal}; {@code LAST_CLEAR_LIQUIDS}: {@code
 *       at};
 *   <li>{@code BASELINE_PAIN_SCORE}: {@code nrs}, and {@code odi} or {@code ndi} where the
 *       checklist's {@code baselineScales} name them.
 * </ul>
 */
public enum ChecklistItem {
  CONSENT_SIGNED,
  BASELINE_PAIN_SCORE,
  CONTRAST_ALLERGY_CHECKED,
  PREGNANCY_CHECKED,
  ACTIVE_INFECTION,
  ANTITHROMBOTIC_HOLD_CONFIRMED,
  INR,
  DRIVER_PRESENT,
  LAST_SOLID_FOOD,
  LAST_CLEAR_LIQUIDS,
  BLOOD_GLUCOSE
}
