package org.procedura.rules.model;

/** One hold table and one set of patient factors, as a test sets them. */
public final class InMemoryHoldTables implements HoldTables {
  private final HoldTable table;
  private final BleedingRiskFactors factors;

  public InMemoryHoldTables(HoldTable table, BleedingRiskFactors factors) {
    this.table = table;
    this.factors = factors;
  }

  @Override
  public HoldTable current() {
    return table;
  }

  @Override
  public BleedingRiskFactors patientFactors() {
    return factors;
  }
}
