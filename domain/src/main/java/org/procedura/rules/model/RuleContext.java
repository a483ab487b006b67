package org.procedura.rules.model;

import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.procedura.shared.model.Check;

/** Everything a rule may look at: the patient, the planned procedure and the ones before it. */
public record RuleContext(
    PatientFacts patient, ProcedureFacts planned, List<PastProcedure> history) {
  public RuleContext {
    Check.present(patient, "patient");
    Check.present(planned, "planned");
    history =
        Check.present(history, "history").stream()
            .filter(past -> past.procedure().date().isBefore(planned.date()))
            .sorted(Comparator.comparing(past -> past.procedure().date()))
            .toList();
  }

  /** Earlier procedures that match, oldest first. */
  public List<PastProcedure> earlier(Predicate<ProcedureFacts> matching) {
    return history.stream().filter(past -> matching.test(past.procedure())).toList();
  }
}
