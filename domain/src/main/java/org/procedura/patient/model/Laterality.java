package org.procedura.patient.model;

/** The side a diagnosis concerns, where a side applies. */
public enum Laterality {
  LEFT,
  RIGHT,
  BILATERAL
}
