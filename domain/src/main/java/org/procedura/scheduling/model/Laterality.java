package org.procedura.scheduling.model;

public enum Laterality {
  LEFT,
  RIGHT,
  BILATERAL
}
