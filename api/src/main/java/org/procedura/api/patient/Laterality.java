package org.procedura.api.patient;

public enum Laterality {
  LEFT,
  RIGHT,
  BILATERAL
}
