package org.procedura.api.rules;

/** What the patient last ate before sedation: a light meal needs 6 h, a fatty one 8 h (seeded). */
public enum Meal {
  LIGHT,
  FATTY
}
