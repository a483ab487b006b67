package org.procedura.rules.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.procedura.shared.model.Check;

/**
 * A repeat of a procedure in scope within {@code lookBack} of the last one (at the same region, on
 * a side that meets; a booking still to come counts as a last one without relief yet) only when the
 * last gave at least half relief for {@code minimum} (3 months for ESI, 6 for RFA, 6 weeks for
 * trigger points). After a failed one (less than half relief), a different procedure type in scope
 * may follow after {@code differentApproachAfterFailure}, when that is set.
 */
public record DurableReliefForRepeat(
    RuleHeader header, Period lookBack, Period minimum, Period differentApproachAfterFailure)
    implements PayerRule {
  public DurableReliefForRepeat {
    Check.present(header, "header");
    Check.present(lookBack, "lookBack");
    Check.present(minimum, "minimum");
  }

  @Override
  public List<Finding> check(RuleContext context) {
    ProcedureFacts planned = context.planned();
    List<PastProcedure> earlier = context.earlierAtItsSite(header.scope(), lookBack);
    if (earlier.isEmpty()) {
      return List.of();
    }
    PastProcedure last = earlier.getLast();
    if (lastedAtLeast(last.halfReliefLasted(), minimum, last.procedure().date())) {
      return List.of();
    }
    if (differentApproachAfterFailure != null
        && !last.reliefOfAtLeast(50)
        && !last.procedure().type().equals(planned.type())
        && !last.procedure().date().plus(differentApproachAfterFailure).isAfter(planned.date())) {
      return List.of();
    }
    return List.of(
        header.finding(
            "the last one, on "
                + last.procedure().date()
                + ", did not give at least half relief for "
                + minimum,
            Map.of(
                "last", last.procedure().date().toString(),
                "peakRelief", String.valueOf(last.peakReliefPercent()),
                "halfReliefLasted", String.valueOf(last.halfReliefLasted()),
                "required", minimum.toString()),
            "record the follow-ups that show durable relief, or consider another approach",
            null));
  }

  /** Periods compare by the dates they reach from the same day: 3 months is not 90 days. */
  private static boolean lastedAtLeast(Period lasted, Period required, LocalDate from) {
    return lasted != null && !from.plus(lasted).isBefore(from.plus(required));
  }
}
