package org.procedura.api.scheduling;

public enum AppointmentStatus {
  BOOKED,
  CONFIRMED,
  CHECKED_IN,
  IN_PROGRESS,
  COMPLETED,
  CANCELLED,
  NO_SHOW
}
