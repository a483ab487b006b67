package org.procedura.api.messaging;

/** What a message to a patient tells. */
public enum MessageKind {
  BOOKING_CONFIRMATION,
  RESCHEDULE_NOTICE,
  CANCELLATION_NOTICE,
  REMINDER,
  HOLD_REMINDER
}
