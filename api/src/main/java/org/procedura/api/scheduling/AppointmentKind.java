package org.procedura.api.scheduling;

public enum AppointmentKind {
  PROCEDURE,
  CONSULT,
  FOLLOW_UP
}
