package org.procedura.messaging.model;

import java.util.UUID;
import org.procedura.shared.model.Check;

public record MessageId(UUID value) {
  public MessageId {
    Check.present(value, "messageId");
  }

  public static MessageId newId() {
    return new MessageId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
