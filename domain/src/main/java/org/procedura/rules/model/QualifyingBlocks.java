package org.procedura.rules.model;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.procedura.shared.model.Check;
import org.procedura.shared.model.InvalidInputException;

/**
 * Before the procedure, at least {@code count} earlier {@code blocks} (e.g. diagnostic medial
 * branch blocks), at the same region and side when {@code sameSite}, each with at least {@code
 * minReliefPercent} relief: two MBBs of 80 % before an RFA; an SCS trial of 50 % before an implant.
 * Relief is the best the outcomes recorded; a block without recorded relief does not qualify.
 */
public record QualifyingBlocks(
    RuleHeader header, RuleScope blocks, int count, int minReliefPercent, boolean sameSite)
    implements PayerRule {
  public QualifyingBlocks {
    Check.present(header, "header");
    Check.present(blocks, "blocks");
    if (count < 1 || minReliefPercent < 0 || minReliefPercent > 100) {
      throw new InvalidInputException("count", "count at least 1, relief between 0 and 100");
    }
  }

  @Override
  public List<Finding> check(RuleContext context) {
    ProcedureFacts planned = context.planned();
    List<PastProcedure> candidates =
        context.earlier(past -> blocks.covers(past) && (!sameSite || past.sameSiteAs(planned)));
    long qualifying = candidates.stream().filter(b -> b.reliefOfAtLeast(minReliefPercent)).count();
    if (qualifying >= count) {
      return List.of();
    }
    return List.of(
        header.finding(
            qualifying
                + " of the "
                + count
                + " qualifying blocks with at least "
                + minReliefPercent
                + " % relief are on record",
            Map.of(
                "blocks",
                candidates.stream()
                    .map(b -> b.procedure().date() + ":" + b.peakReliefPercent() + "%")
                    .collect(Collectors.joining(",")),
                "required",
                count + " x >= " + minReliefPercent + "%"),
            "first perform and record the outcome of the qualifying blocks",
            null));
  }
}
