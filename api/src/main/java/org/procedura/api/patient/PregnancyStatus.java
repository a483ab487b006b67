package org.procedura.api.patient;

public enum PregnancyStatus {
  PREGNANT,
  NOT_PREGNANT,
  UNKNOWN,
  NOT_APPLICABLE
}
