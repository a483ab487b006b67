package org.procedura.patient.model;

/** Administrative sex as registered (HL7 v2 table 0001 subset). */
public enum AdministrativeSex {
  FEMALE,
  MALE,
  OTHER,
  UNKNOWN
}
