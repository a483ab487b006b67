package org.procedura.api.messaging;

/** Where a message to a patient stands in the outbox. */
public enum MessageStatus {
  PENDING,
  SENDING,
  SENT,
  SKIPPED,
  FAILED
}
