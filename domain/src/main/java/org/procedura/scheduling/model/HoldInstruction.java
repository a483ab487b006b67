package org.procedura.scheduling.model;

import java.time.Instant;
import java.time.LocalDate;
import org.procedura.shared.model.Check;

/**
 * What the patient is told about one medication before a procedure: the last day it may be taken
 * (at any hour of that day) and from when it may be taken again after the procedure.
 */
public record HoldInstruction(
    String medication, String drugClass, LocalDate lastDoseOn, Instant restartFrom) {
  public HoldInstruction {
    Check.present(medication, "medication");
    Check.present(drugClass, "drugClass");
    Check.present(lastDoseOn, "lastDoseOn");
    Check.present(restartFrom, "restartFrom");
  }
}
