package org.procedura.rules.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.procedura.scheduling.model.Laterality;
import org.procedura.shared.model.Check;
import org.procedura.shared.model.InvalidInputException;

/**
 * Before the procedure, at least {@code count} earlier {@code blocks} (e.g. diagnostic medial
 * branch blocks), at the same region and side when {@code sameSite}, each with at least {@code
 * minReliefPercent} relief: two MBBs of 80 % before an RFA; an SCS trial of 50 % before an implant.
 * Relief is the best the outcomes recorded; a block without recorded relief (or one still booked)
 * does not qualify. At the same site means the same region and the planned side treated: a block on
 * the other side does not count, a bilateral block counts for both sides, and a bilateral procedure
 * needs its blocks on each side.
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
    List<PastProcedure> candidates = context.earlier(blocks::covers);
    List<Laterality> sides =
        !sameSite || planned.sides().isEmpty()
            ? Collections.singletonList(null)
            : List.copyOf(planned.sides());
    List<Finding> found = new ArrayList<>();
    for (Laterality side : sides) {
      List<PastProcedure> atSite =
          candidates.stream()
              .filter(b -> !sameSite || b.procedure().treated(planned.region(), side))
              .toList();
      long qualifying = atSite.stream().filter(b -> b.reliefOfAtLeast(minReliefPercent)).count();
      if (qualifying < count) {
        found.add(missing(qualifying, atSite, side));
      }
    }
    return found;
  }

  private Finding missing(long qualifying, List<PastProcedure> atSite, Laterality side) {
    return header.finding(
        qualifying
            + " of the "
            + count
            + " qualifying blocks with at least "
            + minReliefPercent
            + " % relief are on record"
            + (side == null ? "" : " on the " + side.name().toLowerCase() + " side"),
        Map.of(
            "blocks",
            atSite.stream()
                .map(b -> b.procedure().date() + ":" + b.peakReliefPercent() + "%")
                .collect(Collectors.joining(",")),
            "required",
            count + " x >= " + minReliefPercent + "%",
            "side",
            String.valueOf(side)),
        "first perform and record the outcome of the qualifying blocks",
        null);
  }
}
