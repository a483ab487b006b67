package org.procedura.rules.model;

/** What the patient last ate before sedation: the fasting time depends on it. */
public enum Meal {
  LIGHT,
  FATTY
}
