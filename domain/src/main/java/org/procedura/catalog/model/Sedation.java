package org.procedura.catalog.model;

/** The deepest sedation the procedure is planned with; anything past local needs a driver. */
public enum Sedation {
  LOCAL_ONLY,
  MINIMAL,
  MODERATE,
  MONITORED_ANESTHESIA_CARE,
  GENERAL;

  public boolean needsEscort() {
    return this != LOCAL_ONLY;
  }
}
