package org.procedura.api.rules;

/** The pre-procedure checklist items (clinical-rules.md section 4). */
public enum ChecklistItem {
  CONSENT_SIGNED,
  BASELINE_PAIN_SCORE,
  CONTRAST_ALLERGY_CHECKED,
  PREGNANCY_CHECKED,
  NO_ACTIVE_INFECTION,
  ANTITHROMBOTIC_HOLD_CONFIRMED,
  DRIVER_PRESENT,
  FASTING_CONFIRMED,
  GLUCOSE_CHECKED
}
