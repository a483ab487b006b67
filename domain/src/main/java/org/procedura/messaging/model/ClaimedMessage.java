package org.procedura.messaging.model;

import org.procedura.shared.model.Check;

/** A message one dispatcher has claimed, with the attempts made so far including this one. */
public record ClaimedMessage(QueuedMessage message, int attempt) {
  public ClaimedMessage {
    Check.present(message, "message");
    if (attempt < 1) {
      throw new IllegalArgumentException("a claimed message is on its first attempt or later");
    }
  }

  public MessageId id() {
    return message.id();
  }
}
