package org.procedura.patient.model;

import java.time.LocalDate;

/** What one entry of a clinical profile section holds. */
public sealed interface ProfilePart permits Coverage, Allergy, Medication, Diagnosis {

  /** Refuses dates after {@code today}; the record itself cannot know the day. */
  default void checkOn(LocalDate today) {}

  /** The earliest day the entry can have ended on, or null when any past day will do. */
  default LocalDate startedOn() {
    return null;
  }
}
