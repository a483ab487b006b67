package org.procedura.archfixture.web;

/** An enum of the API for the negative architecture checks. */
public enum FixtureStatusDto {
  OPEN,
  CLOSED
}
