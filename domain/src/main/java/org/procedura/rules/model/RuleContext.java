package org.procedura.rules.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.procedura.shared.model.Check;

/**
 * Everything a rule may look at: the patient, the planned procedure and every other procedure on
 * the chart, done or booked, here or elsewhere, before or after the planned date, and the payer's
 * prior authorizations on file.
 */
public record RuleContext(
    PatientFacts patient,
    ProcedureFacts planned,
    List<PastProcedure> history,
    List<AuthorizationOnFile> authorizations) {
  public RuleContext {
    Check.present(patient, "patient");
    Check.present(planned, "planned");
    history =
        Check.present(history, "history").stream()
            .sorted(Comparator.comparing(past -> past.procedure().date()))
            .toList();
    authorizations = List.copyOf(Check.present(authorizations, "authorizations"));
  }

  /** Without prior authorizations on file. */
  public RuleContext(PatientFacts patient, ProcedureFacts planned, List<PastProcedure> history) {
    this(patient, planned, history, List.of());
  }

  /**
   * Procedures up to the planned day that match, oldest first: those of earlier days and those of
   * the same day (done earlier that day, or booked the same day, which a second session that day
   * must reckon with).
   */
  public List<PastProcedure> earlier(Predicate<ProcedureFacts> matching) {
    return history.stream()
        .filter(past -> !past.procedure().date().isAfter(planned.date()))
        .filter(past -> matching.test(past.procedure()))
        .toList();
  }

  /**
   * The procedures in {@code scope} at a site the planned one shares, done or booked within {@code
   * lookBack} before its day (and up to it), oldest first.
   */
  public List<PastProcedure> earlierAtItsSite(RuleScope scope, Period lookBack) {
    LocalDate since = planned.date().minus(lookBack);
    return earlier(
        past -> scope.covers(past) && past.sharesSiteWith(planned) && past.date().isAfter(since));
  }

  /** Every procedure on the chart that matches, whatever its date, oldest first. */
  public List<PastProcedure> sessions(Predicate<ProcedureFacts> matching) {
    return history.stream().filter(past -> matching.test(past.procedure())).toList();
  }
}
