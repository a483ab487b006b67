package org.procedura.messaging.model;

import org.procedura.shared.model.Check;

/** A message ready to go: to whom, subject, body, and the calendar event it carries (or null). */
public record ComposedMessage(
    MessageId id, String to, String subject, String body, CalendarEntry calendar) {
  public ComposedMessage {
    Check.present(id, "id");
    Check.present(to, "to");
    Check.present(subject, "subject");
    Check.present(body, "body");
  }

  /** Never its address or contents: what a log line may carry. */
  @Override
  public String toString() {
    return "ComposedMessage[" + id + "]";
  }
}
