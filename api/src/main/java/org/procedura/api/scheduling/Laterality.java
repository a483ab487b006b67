package org.procedura.api.scheduling;

public enum Laterality {
  LEFT,
  RIGHT,
  BILATERAL
}
