package org.procedura.rules.model;

/**
 * BLOCK refuses the booking or check-in; WARN lets it through only when a physician acknowledges it
 * with a reason.
 */
public enum Severity {
  BLOCK,
  WARN
}
