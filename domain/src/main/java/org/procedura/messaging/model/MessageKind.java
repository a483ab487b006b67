package org.procedura.messaging.model;

/** What a message to a patient is about. */
public enum MessageKind {
  BOOKING_CONFIRMATION,
  RESCHEDULE_NOTICE,
  CANCELLATION_NOTICE,
  REMINDER;

  /** Whether it tells of a cancellation, the one kind still sent for a cancelled appointment. */
  public boolean tellsOfCancellation() {
    return this == CANCELLATION_NOTICE;
  }
}
