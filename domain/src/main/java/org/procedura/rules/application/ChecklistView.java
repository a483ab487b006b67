package org.procedura.rules.application;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.procedura.outcomes.model.Scale;
import org.procedura.patient.model.PatientId;
import org.procedura.rules.model.ChecklistEntry;
import org.procedura.rules.model.ChecklistItem;
import org.procedura.rules.model.ChecklistLimit;
import org.procedura.rules.model.Finding;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.scheduling.model.HoldInstruction;

/**
 * A procedure's check-in checklist: the items it calls for (the baseline on which scales), the
 * limits its values are held to, what is recorded (the latest of each item, and the entries they
 * corrected, oldest first), every reason it may not be checked in yet (empty when it may), and the
 * medications held, with the last day each could be taken and when it may restart.
 */
public record ChecklistView(
    AppointmentId appointment,
    PatientId patient,
    Set<ChecklistItem> required,
    Set<Scale> baselineScales,
    List<ChecklistLimit> limits,
    Map<ChecklistItem, ChecklistEntry> recorded,
    List<ChecklistEntry> corrected,
    List<Finding> unmet,
    List<HoldInstruction> holds) {
  public ChecklistView {
    required = Set.copyOf(required);
    baselineScales = Set.copyOf(baselineScales);
    limits = List.copyOf(limits);
    recorded = Map.copyOf(recorded);
    corrected = List.copyOf(corrected);
    unmet = List.copyOf(unmet);
    holds = List.copyOf(holds);
  }

  public boolean ready() {
    return unmet.isEmpty();
  }
}
