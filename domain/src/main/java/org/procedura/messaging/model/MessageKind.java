package org.procedura.messaging.model;

/** What a message to a patient is about. */
public enum MessageKind {
  BOOKING_CONFIRMATION,
  RESCHEDULE_NOTICE,
  CANCELLATION_NOTICE,
  REMINDER,
  /** The medication holds again, the morning before the first last-dose day. */
  HOLD_REMINDER;

  /** Whether it tells of a cancellation, the one kind still sent for a cancelled appointment. */
  public boolean tellsOfCancellation() {
    return this == CANCELLATION_NOTICE;
  }
}
