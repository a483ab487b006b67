package org.procedura.rules.model;

/**
 * The antithrombotic hold table as the clinic keeps it (seeded from docs/clinical-reference.md §3).
 */
public interface HoldTables {
  HoldTable current();

  /** The patient factors that raise a procedure's bleeding risk one class. */
  BleedingRiskFactors patientFactors();
}
