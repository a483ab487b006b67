package org.procedura.messaging.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.procedura.messaging.model.DeliveryFailedException;

class CountedMessageChannelTest {
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

  @Test
  void countsADeliveredMessageAndAFailedOneApart() throws Exception {
    new CountedMessageChannel(message -> {}, registry).deliver(null);
    var refusing =
        new CountedMessageChannel(
            message -> {
              throw new DeliveryFailedException("SMTP refused");
            },
            registry);

    assertThatThrownBy(() -> refusing.deliver(null)).isInstanceOf(DeliveryFailedException.class);
    assertThat(count("delivered")).isEqualTo(1);
    assertThat(count("failed")).isEqualTo(1);
  }

  private double count(String outcome) {
    return registry.counter(CountedMessageChannel.DELIVERIES, "outcome", outcome).count();
  }
}
