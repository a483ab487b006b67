package org.procedura.rules.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.procedura.rules.model.ChecklistItem;
import org.procedura.rules.model.Finding;

/**
 * A procedure's check-in checklist: the items it calls for, those recorded and when, and every
 * reason it may not be checked in yet (empty when it may).
 */
public record ChecklistView(
    Set<ChecklistItem> required, Map<ChecklistItem, Instant> recorded, List<Finding> unmet) {
  public ChecklistView {
    required = Set.copyOf(required);
    recorded = Map.copyOf(recorded);
    unmet = List.copyOf(unmet);
  }

  public boolean ready() {
    return unmet.isEmpty();
  }
}
