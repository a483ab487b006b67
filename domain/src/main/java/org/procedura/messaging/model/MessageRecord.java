package org.procedura.messaging.model;

import java.time.Instant;
import org.procedura.shared.model.Check;

/**
 * A message as the outbox holds it: its status, the attempts made, the reason of the last failure
 * or skip (never its contents or address), and when it was last settled.
 */
public record MessageRecord(
    QueuedMessage message, MessageStatus status, int attempts, String reason, Instant settledAt) {
  public MessageRecord {
    Check.present(message, "message");
    Check.present(status, "status");
  }
}
