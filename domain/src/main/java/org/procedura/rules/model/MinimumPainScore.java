package org.procedura.rules.model;

import java.util.List;
import java.util.Map;
import org.procedura.rules.model.PatientFacts.PainScore;
import org.procedura.shared.model.Check;
import org.procedura.shared.model.InvalidInputException;

/**
 * Pain of at least {@code minNrs} on the 0-10 numeric rating scale, by the most recent score taken
 * before a procedure; without a score on record the procedure is not covered.
 */
public record MinimumPainScore(RuleHeader header, int minNrs) implements PayerRule {
  public MinimumPainScore {
    Check.present(header, "header");
    if (minNrs < 0 || minNrs > 10) {
      throw new InvalidInputException("minNrs", "minNrs must be from 0 to 10");
    }
  }

  @Override
  public List<Finding> check(RuleContext context) {
    PainScore score = context.patient().lastPainScore();
    if (score == null) {
      return List.of(
          header.finding(
              "no pain score (NRS) is on record",
              Map.of("required", "NRS >= " + minNrs),
              "record the patient's pain score (NRS) before the procedure",
              null));
    }
    if (score.nrs() >= minNrs) {
      return List.of();
    }
    return List.of(
        header.finding(
            "the last pain score, NRS "
                + score.nrs()
                + " on "
                + score.takenOn()
                + ", is below "
                + minNrs,
            Map.of(
                "nrs", String.valueOf(score.nrs()),
                "takenOn", score.takenOn().toString(),
                "required", "NRS >= " + minNrs),
            "the procedure is covered for pain of NRS " + minNrs + " or more",
            null));
  }
}
