package org.procedura.api.reports;

/** What outcome figures are split by, within each procedure type and protocol step. */
public enum OutcomeGrouping {
  PROCEDURE_TYPE,
  REGION,
  PHYSICIAN
}
