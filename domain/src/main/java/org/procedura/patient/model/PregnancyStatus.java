package org.procedura.patient.model;

public enum PregnancyStatus {
  PREGNANT,
  NOT_PREGNANT,
  /** Could not be ruled out, e.g. a test is pending. */
  UNKNOWN,
  NOT_APPLICABLE
}
