package org.procedura.messaging.web;

import io.micrometer.core.instrument.MeterRegistry;
import org.procedura.messaging.model.ComposedMessage;
import org.procedura.messaging.model.DeliveryFailedException;
import org.procedura.messaging.model.MessageChannel;

/**
 * The channel, counting each delivery attempt in {@code procedura.messages.deliveries} by outcome
 * ({@code delivered}, {@code failed}): failures climbing means the mail server refuses or is down.
 */
class CountedMessageChannel implements MessageChannel {
  static final String DELIVERIES = "procedura.messages.deliveries";

  private final MessageChannel channel;
  private final MeterRegistry registry;

  CountedMessageChannel(MessageChannel channel, MeterRegistry registry) {
    this.channel = channel;
    this.registry = registry;
  }

  @Override
  public void deliver(ComposedMessage message) throws DeliveryFailedException {
    try {
      channel.deliver(message);
    } catch (DeliveryFailedException failed) {
      registry.counter(DELIVERIES, "outcome", "failed").increment();
      throw failed;
    }
    registry.counter(DELIVERIES, "outcome", "delivered").increment();
  }
}
