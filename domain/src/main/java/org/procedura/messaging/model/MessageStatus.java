package org.procedura.messaging.model;

/**
 * PENDING: waiting for its time or its next attempt; SENDING: claimed by one dispatcher until its
 * lease ends; SENT; SKIPPED: no longer worth sending (the appointment was cancelled or moved);
 * FAILED: given up, shown to administrators.
 */
public enum MessageStatus {
  PENDING,
  SENDING,
  SENT,
  SKIPPED,
  FAILED
}
