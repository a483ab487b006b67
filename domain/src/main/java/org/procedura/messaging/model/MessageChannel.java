package org.procedura.messaging.model;

/** Delivers a composed message to the patient (e-mail over SMTP). */
public interface MessageChannel {

  /**
   * @throws DeliveryFailedException when the message was not accepted; its message says why without
   *     the address or contents
   */
  void deliver(ComposedMessage message) throws DeliveryFailedException;
}
