package org.procedura.scheduling.model;

public enum SpinalRegion {
  CERVICAL('C'),
  THORACIC('T'),
  LUMBAR('L'),
  SACRAL('S');

  private final char levelPrefix;

  SpinalRegion(char levelPrefix) {
    this.levelPrefix = levelPrefix;
  }

  /** Lumbar levels may reach the sacrum (L5-S1); every other level stays in its region. */
  boolean owns(String level) {
    char first = level.charAt(0);
    return first == levelPrefix || (this == LUMBAR && level.equals("L5-S1"));
  }
}
