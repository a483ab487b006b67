package org.procedura.rules.model;

import java.time.Instant;
import java.util.Map;
import org.procedura.catalog.model.Sedation;
import org.procedura.shared.model.Check;

/**
 * What the checklist needs to know about the procedure about to start and the patient: whether it
 * is sedated, uses contrast or fluoroscopy, injects a steroid, or is a vertebral augmentation;
 * whether the patient is diabetic, allergic to contrast, pregnant, on a drug that must be held; and
 * which items a nurse or physician has recorded, when.
 */
public record CheckInFacts(
    Sedation sedation,
    boolean contrast,
    boolean fluoroscopy,
    boolean steroid,
    boolean vertebralAugmentation,
    boolean diabetic,
    boolean contrastAllergy,
    boolean pregnant,
    boolean holdNeeded,
    Map<ChecklistItem, Instant> recorded) {
  public CheckInFacts {
    Check.present(sedation, "sedation");
    recorded = Map.copyOf(Check.present(recorded, "recorded"));
  }
}
