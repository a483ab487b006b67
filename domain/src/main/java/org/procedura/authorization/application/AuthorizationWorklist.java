package org.procedura.authorization.application;

import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.procedura.authorization.model.AuthorizationQueries;
import org.procedura.authorization.model.AuthorizationQueries.Expiring;
import org.procedura.authorization.model.AuthorizationQueries.UnauthorizedBooking;
import org.procedura.rules.model.AuthorizationCovers;
import org.procedura.rules.model.ProcedureFacts;
import org.procedura.rules.model.RuleSets;
import org.procedura.shared.model.InvalidInputException;

/**
 * The front desk's prior-authorization worklist for the next days: approved authorizations whose
 * last day falls within them, with the bookings that depend on them, and bookings within them that
 * their patient's rule set asks an authorization for and that use none.
 */
public class AuthorizationWorklist {
  static final int LONGEST_DAYS = 90;

  private final AuthorizationQueries queries;
  private final RuleSets ruleSets;
  private final Clock clock;

  public AuthorizationWorklist(AuthorizationQueries queries, RuleSets ruleSets, Clock clock) {
    this.queries = queries;
    this.ruleSets = ruleSets;
    this.clock = clock;
  }

  public record WorkItems(List<Expiring> expiring, List<UnauthorizedBooking> needingOne) {}

  @Transactional
  public WorkItems within(int days) {
    if (days < 1 || days > LONGEST_DAYS) {
      throw new InvalidInputException("days", "days is from 1 to " + LONGEST_DAYS);
    }
    LocalDate today = LocalDate.now(clock);
    LocalDate last = today.plusDays(days);
    return new WorkItems(
        queries.expiringBetween(today, last),
        queries
            .bookingsWithoutAuthorization(
                clock.instant(), last.plusDays(1).atStartOfDay(clock.getZone()).toInstant())
            .stream()
            .filter(this::needsOne)
            .toList());
  }

  private boolean needsOne(UnauthorizedBooking booking) {
    if (booking.ruleSet() == null) {
      return false;
    }
    ProcedureFacts planned =
        new ProcedureFacts(
            booking.procedureType(),
            booking.category(),
            booking.purpose(),
            null,
            List.of(),
            null,
            LocalDate.ofInstant(booking.start(), clock.getZone()),
            null,
            false,
            booking.setting());
    return ruleSets.current(booking.ruleSet()).stream()
        .flatMap(set -> set.rules().stream())
        .anyMatch(rule -> rule instanceof AuthorizationCovers && rule.appliesTo(planned));
  }
}
