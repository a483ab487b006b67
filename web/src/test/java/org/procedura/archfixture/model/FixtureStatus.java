package org.procedura.archfixture.model;

/** An enum of the domain for the negative architecture checks. */
public enum FixtureStatus {
  OPEN,
  CLOSED
}
