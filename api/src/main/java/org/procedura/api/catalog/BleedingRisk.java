package org.procedura.api.catalog;

public enum BleedingRisk {
  LOW,
  INTERMEDIATE,
  HIGH
}
