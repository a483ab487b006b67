package org.procedura.messaging.model;

/** A channel did not accept a message; the reason names no address and no contents. */
public class DeliveryFailedException extends Exception {
  public DeliveryFailedException(String reason) {
    super(reason);
  }
}
