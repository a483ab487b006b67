package org.procedura.rules.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.procedura.shared.model.Check;
import org.procedura.shared.model.InvalidInputException;

/**
 * A diagnostic block in scope that follows an earlier one at the same region and side, within
 * {@code lookBack}, only when that earlier one (the last) gave at least {@code minReliefPercent}
 * relief: a second medial branch block confirms a first of 80 %, and a first block needs nothing. A
 * block older than the look-back no longer makes the next one a second.
 */
public record SecondBlockAfterRelief(RuleHeader header, int minReliefPercent, Period lookBack)
    implements PayerRule {
  public SecondBlockAfterRelief {
    Check.present(header, "header");
    Check.present(lookBack, "lookBack");
    if (minReliefPercent < 0 || minReliefPercent > 100) {
      throw new InvalidInputException(
          "minReliefPercent", "minReliefPercent must be between 0 and 100");
    }
  }

  @Override
  public List<Finding> check(RuleContext context) {
    List<PastProcedure> earlier = context.earlierAtItsSite(header.scope(), lookBack);
    if (earlier.isEmpty()) {
      return List.of();
    }
    PastProcedure first = earlier.getLast();
    if (first.reliefOfAtLeast(minReliefPercent)) {
      return List.of();
    }
    LocalDate on = first.procedure().date();
    boolean measured = first.peakReliefPercent() != null;
    return List.of(
        header.finding(
            measured
                ? "the block on "
                    + on
                    + " gave "
                    + first.peakReliefPercent()
                    + " % relief, less than "
                    + minReliefPercent
                    + " %"
                : "the relief of the block on " + on + " is not recorded",
            Map.of(
                "lastBlock", on.toString(),
                "peakRelief", String.valueOf(first.peakReliefPercent()),
                "required", ">= " + minReliefPercent + "%"),
            measured
                ? "a further block is not indicated after one without the relief required"
                : "record the pain diary of the block on " + on,
            null));
  }
}
