package org.procedura.catalog.model;

/** ASRA Pain Medicine bleeding-risk class of a procedure. */
public enum BleedingRisk {
  LOW,
  INTERMEDIATE,
  HIGH;

  /** One class higher, for patient factors such as age or coagulopathy; HIGH stays HIGH. */
  public BleedingRisk raised() {
    return this == LOW ? INTERMEDIATE : HIGH;
  }
}
