package org.procedura.scheduling.model;

public enum AppointmentKind {
  PROCEDURE,
  CONSULT,
  FOLLOW_UP
}
