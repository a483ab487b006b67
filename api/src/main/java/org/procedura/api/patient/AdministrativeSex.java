package org.procedura.api.patient;

public enum AdministrativeSex {
  FEMALE,
  MALE,
  OTHER,
  UNKNOWN
}
