package org.procedura.rules.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.procedura.catalog.model.BleedingRisk;
import org.procedura.catalog.model.Sedation;
import org.procedura.outcomes.model.Scale;
import org.procedura.shared.model.Check;

/**
 * What the checklist needs to know: about the procedure about to start and about the patient, the
 * limits the clinic holds values to, and what a nurse or physician has recorded (the latest entry
 * of each item).
 */
public record CheckInFacts(
    Procedure procedure,
    Patient patient,
    List<ChecklistLimit> limits,
    Map<ChecklistItem, ChecklistEntry> recorded) {
  public CheckInFacts {
    Check.present(procedure, "procedure");
    Check.present(patient, "patient");
    limits = List.copyOf(Check.present(limits, "limits"));
    recorded = Map.copyOf(Check.present(recorded, "recorded"));
  }

  /**
   * The procedure: its sedation, whether it uses contrast or fluoroscopy, injects a steroid or is a
   * vertebral augmentation, its bleeding risk (raised by the patient factors), its start, and the
   * scales its follow-ups measure.
   */
  public record Procedure(
      Sedation sedation,
      boolean contrast,
      boolean fluoroscopy,
      boolean steroid,
      boolean vertebralAugmentation,
      BleedingRisk bleedingRisk,
      Instant start,
      Set<Scale> followedOn) {
    public Procedure {
      Check.present(sedation, "sedation");
      Check.present(bleedingRisk, "bleedingRisk");
      Check.present(start, "start");
      followedOn = Set.copyOf(Check.present(followedOn, "followedOn"));
    }
  }

  /**
   * The patient: diabetic, allergic to contrast, pregnant, on a drug that must be held, on
   * warfarin.
   */
  public record Patient(
      boolean diabetic,
      boolean contrastAllergy,
      boolean pregnant,
      boolean holdNeeded,
      boolean onWarfarin) {}
}
