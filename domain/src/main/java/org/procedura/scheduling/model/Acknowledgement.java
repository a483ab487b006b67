package org.procedura.scheduling.model;

import java.util.Set;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.Check;

/**
 * A physician's acknowledgement of WARN findings, naming the rules acknowledged and why; stored
 * with the booking and audited. {@code byPhysician} is whether the acknowledging user holds the
 * physician role: only a physician may acknowledge.
 */
public record Acknowledgement(Actor by, boolean byPhysician, String reason, Set<String> ruleIds) {
  public Acknowledgement {
    Check.present(by, "acknowledgement.by");
    reason = Check.text(reason, "acknowledgement.reason", 500);
    ruleIds =
        Set.copyOf(
            Check.noNulls(
                Check.present(ruleIds, "acknowledgement.ruleIds"), "acknowledgement.ruleIds"));
  }
}
