package org.procedura.rules.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.procedura.scheduling.model.Laterality;
import org.procedura.shared.model.Check;
import org.procedura.shared.model.InvalidInputException;

/**
 * When the last procedure in scope at the same region and side (an RFA) was more than {@code lapse}
 * ago, the diagnostic {@code blocks} are repeated first: at least {@code count} of them, each with
 * at least {@code minReliefPercent} relief, after that procedure. Within the lapse (2 years to the
 * day still is) the earlier blocks stand.
 */
public record RepeatBlocksAfterLapse(
    RuleHeader header, RuleScope blocks, int count, int minReliefPercent, Period lapse)
    implements PayerRule {
  public RepeatBlocksAfterLapse {
    Check.present(header, "header");
    Check.present(blocks, "blocks");
    Check.present(lapse, "lapse");
    if (count < 1 || minReliefPercent < 0 || minReliefPercent > 100) {
      throw new InvalidInputException("count", "count at least 1, relief between 0 and 100");
    }
  }

  @Override
  public List<Finding> check(RuleContext context) {
    ProcedureFacts planned = context.planned();
    List<PastProcedure> done =
        context.earlier(past -> header.scope().covers(past) && past.sharesSiteWith(planned));
    if (done.isEmpty()) {
      return List.of();
    }
    LocalDate last = done.getLast().procedure().date();
    if (!last.plus(lapse).isBefore(planned.date())) {
      return List.of();
    }
    List<PastProcedure> since =
        context.earlier(past -> blocks.covers(past) && past.date().isAfter(last));
    // on each side the planned procedure treats (a bilateral one needs both)
    List<Laterality> sides =
        planned.sides().isEmpty() ? Collections.singletonList(null) : List.copyOf(planned.sides());
    long qualifying =
        sides.stream()
            .mapToLong(
                side ->
                    since.stream()
                        .filter(b -> b.procedure().treated(planned.region(), side))
                        .filter(b -> b.reliefOfAtLeast(minReliefPercent))
                        .count())
            .min()
            .orElse(0);
    if (qualifying >= count) {
      return List.of();
    }
    return List.of(
        header.finding(
            "the last one, on "
                + last
                + ", was more than "
                + lapse
                + " ago, and "
                + qualifying
                + " of the "
                + count
                + " repeated blocks with at least "
                + minReliefPercent
                + " % relief are on record since",
            Map.of(
                "last", last.toString(),
                "lapse", lapse.toString(),
                "blocksSince",
                    since.stream()
                        .map(b -> b.procedure().date() + ":" + b.peakReliefPercent() + "%")
                        .collect(Collectors.joining(",")),
                "required", count + " x >= " + minReliefPercent + "%"),
            "repeat the diagnostic blocks and record their relief first",
            null));
  }
}
