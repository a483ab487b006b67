package org.procedura.outcomes.model;

import java.util.List;
import org.procedura.shared.model.Check;
import org.procedura.shared.model.Stamp;

/**
 * One version of a procedure record: number 1 is the original; every amendment adds the next, with
 * who made it, when, why and which parts it changed. None is ever overwritten.
 */
public record Revision(
    int number, ProcedureDetails details, Stamp recorded, String reason, List<String> changed) {
  public Revision {
    Check.present(details, "details");
    Check.present(recorded, "recorded");
    changed = List.copyOf(changed == null ? List.of() : changed);
  }
}
