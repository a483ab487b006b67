package org.procedura.outcomes.model;

/** What went wrong during or right after the procedure, if anything. */
public enum ComplicationCode {
  NONE,
  VASOVAGAL_REACTION,
  DURAL_PUNCTURE,
  INTRAVASCULAR_INJECTION,
  BLEEDING_OR_HEMATOMA,
  TRANSIENT_NUMBNESS_OR_WEAKNESS,
  ALLERGIC_REACTION,
  INCREASED_PAIN,
  INFECTION,
  OTHER
}
