package org.procedura.outcomes.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A drug given in one revision of a procedure record, a row of {@code procedure_injectate}. */
@Embeddable
public class InjectateRow {
  @Column(length = 80)
  private String drug;

  @Column(name = "dose_mg", columnDefinition = "decimal(10,2)")
  private BigDecimal doseMg;

  protected InjectateRow() {}

  InjectateRow(String drug, BigDecimal doseMg) {
    this.drug = drug;
    this.doseMg = doseMg;
  }

  String drug() {
    return drug;
  }

  BigDecimal doseMg() {
    return doseMg;
  }
}
