package org.procedura.rules.model;

/**
 * The pre-procedure checklist of docs/clinical-reference.md section 4, item by item, each with the
 * kind of value recorded for it.
 */
public enum ChecklistItem {
  CONSENT_SIGNED(Kind.ANSWER),
  /** NRS, and ODI or NDI where the follow-ups measure them: the procedure's baseline. */
  BASELINE_PAIN_SCORE(Kind.PAIN_SCORES),
  CONTRAST_ALLERGY_CHECKED(Kind.CHECK),
  PREGNANCY_CHECKED(Kind.CHECK),
  /** Yes blocks: the procedure is deferred. */
  ACTIVE_INFECTION(Kind.ANSWER),
  ANTITHROMBOTIC_HOLD_CONFIRMED(Kind.CHECK),
  /** For a patient on warfarin. */
  INR(Kind.READING),
  DRIVER_PRESENT(Kind.ANSWER),
  /** When and what the patient last ate (a light or a fatty meal), before sedation. */
  LAST_SOLID_FOOD(Kind.MEAL),
  /** When the patient last drank clear liquids, before sedation. */
  LAST_CLEAR_LIQUIDS(Kind.LIQUIDS),
  /** In mg/dL, for a diabetic before a steroid. */
  BLOOD_GLUCOSE(Kind.READING);

  /** What is recorded for an item. */
  public enum Kind {
    /** Checked, with nothing more to say. */
    CHECK,
    /** Yes or no. */
    ANSWER,
    /** A measured value. */
    READING,
    /** A time and the kind of meal. */
    MEAL,
    /** A time. */
    LIQUIDS,
    /** Pain scores on the baseline's scales. */
    PAIN_SCORES
  }

  private final Kind kind;

  ChecklistItem(Kind kind) {
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }

  /** The item in words, for a finding. */
  public String label() {
    return name().toLowerCase().replace('_', ' ');
  }
}
