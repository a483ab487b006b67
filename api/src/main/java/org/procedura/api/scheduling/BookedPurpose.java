package org.procedura.api.scheduling;

/** What a procedure is booked for; a type that may be either (SI_JOINT, SGB, LSB) says which. */
public enum BookedPurpose {
  DIAGNOSTIC,
  THERAPEUTIC
}
