package org.procedura.outcomes.model;

import java.math.BigDecimal;
import java.util.List;
import org.procedura.shared.model.UnprocessableException;

/** The clinic's per-session steroid caps. */
public interface SteroidCaps {

  List<SteroidCap> all();

  /**
   * Refuses a session whose total of a capped steroid exceeds its cap; drugs without a cap pass.
   */
  static void check(List<Injectate> injectates, List<SteroidCap> caps) {
    for (SteroidCap cap : caps) {
      BigDecimal total =
          injectates.stream()
              .filter(cap::covers)
              .map(Injectate::doseMg)
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      if (total.compareTo(cap.maxMgPerSession()) > 0) {
        throw new UnprocessableException(
            "STEROID_CAP_EXCEEDED",
            cap.drug()
                + " "
                + total.stripTrailingZeros().toPlainString()
                + " mg exceeds the clinic's cap of "
                + cap.maxMgPerSession().stripTrailingZeros().toPlainString()
                + " mg per session (a practice norm)");
      }
    }
  }
}
