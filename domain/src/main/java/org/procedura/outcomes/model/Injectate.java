package org.procedura.outcomes.model;

import java.math.BigDecimal;
import org.procedura.shared.model.Check;
import org.procedura.shared.model.InvalidInputException;

/** A drug given in the procedure and its dose in milligrams. */
public record Injectate(String drug, BigDecimal doseMg) {
  private static final BigDecimal MOST = new BigDecimal("10000");

  public Injectate {
    drug = Check.text(drug, "drug", 80);
    Check.present(doseMg, "doseMg");
    if (doseMg.signum() <= 0 || doseMg.compareTo(MOST) > 0 || doseMg.scale() > 2) {
      throw new InvalidInputException(
          "doseMg", "doseMg must be more than 0 and at most " + MOST + ", to two decimals");
    }
  }
}
