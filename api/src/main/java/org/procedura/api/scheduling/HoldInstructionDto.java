package org.procedura.api.scheduling;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * What the patient is told about one medication: the last day it may be taken, at any hour of that
 * day, and from when it may be taken again after the procedure.
 */
public record HoldInstructionDto(
    String medication, String drugClass, LocalDate lastDoseOn, OffsetDateTime restartFrom) {}
