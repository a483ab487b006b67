package org.procedura.messaging.model;

/** What became of composing a claimed message. */
public sealed interface Composition {

  /** Ready to deliver. */
  record Ready(ComposedMessage message) implements Composition {}

  /** No longer worth sending (the appointment was cancelled or moved since it was queued). */
  record NotToSend(String reason) implements Composition {}

  /** Cannot be sent however often it is tried (no address on record): given up at once. */
  record Undeliverable(String reason) implements Composition {}
}
