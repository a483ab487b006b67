package org.procedura.outcomes.model;

import java.math.BigDecimal;
import java.util.Locale;
import org.procedura.shared.model.Check;

/**
 * The most of one steroid the clinic gives in one session: a practice norm kept as data (seeded
 * with dexamethasone 10 mg, triamcinolone 80 mg, methylprednisolone 80 mg, betamethasone 12 mg),
 * not a regulatory limit.
 */
public record SteroidCap(String drug, BigDecimal maxMgPerSession) {
  public SteroidCap {
    drug = Check.text(drug, "drug", 80);
    Check.present(maxMgPerSession, "maxMgPerSession");
  }

  /**
   * The injectate is this steroid when its name contains the cap's name, ignoring case: so
   * "Dexamethasone sodium phosphate" and "dexamethasone (PF)" count as dexamethasone. Brand names
   * are caps of their own in the data (e.g. Kenalog at triamcinolone's cap).
   */
  boolean covers(Injectate injectate) {
    return injectate.drug().toLowerCase(Locale.ROOT).contains(drug.toLowerCase(Locale.ROOT));
  }
}
