package org.procedura.rules.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.procedura.rules.model.ChecklistItem;
import org.procedura.rules.model.Finding;
import org.procedura.scheduling.model.HoldInstruction;

/**
 * A procedure's check-in checklist: the items it calls for, those recorded and when, every reason
 * it may not be checked in yet (empty when it may), and the medications held, with the last day
 * each could be taken and when it may restart.
 */
public record ChecklistView(
    Set<ChecklistItem> required,
    Map<ChecklistItem, Instant> recorded,
    List<Finding> unmet,
    List<HoldInstruction> holds) {
  public ChecklistView {
    required = Set.copyOf(required);
    recorded = Map.copyOf(recorded);
    unmet = List.copyOf(unmet);
    holds = List.copyOf(holds);
  }

  public boolean ready() {
    return unmet.isEmpty();
  }
}
