package org.procedura.messaging.web;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.util.function.ToLongFunction;
import org.procedura.messaging.model.Outbox;
import org.procedura.messaging.model.OutboxDepth;
import org.springframework.stereotype.Component;

/**
 * The outbox's depth, read from the database at each scrape: {@code procedura.outbox.messages}
 * tagged {@code state} = {@code waiting} (pending or claimed), {@code overdue} (of those, due more
 * than {@link #OVERDUE} ago: nothing is delivering) and {@code failed} (given up, shown to
 * administrators). A count, never a patient.
 */
@Component
class OutboxGauges implements MeterBinder {
  static final String MESSAGES = "procedura.outbox.messages";

  /** Longer than a dispatcher's lease and its first retry, so a message in hand is not counted. */
  static final Duration OVERDUE = Duration.ofMinutes(15);

  private final Outbox outbox;
  private final Clock clock;

  OutboxGauges(Outbox outbox, Clock clock) {
    this.outbox = outbox;
    this.clock = clock;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    gauge(registry, "waiting", OutboxDepth::waiting);
    gauge(registry, "overdue", OutboxDepth::overdue);
    gauge(registry, "failed", OutboxDepth::failed);
  }

  private void gauge(MeterRegistry registry, String state, ToLongFunction<OutboxDepth> count) {
    Gauge.builder(MESSAGES, this, gauges -> count.applyAsLong(gauges.depth()))
        .tag("state", state)
        .description("messages to patients in the outbox, by state")
        .register(registry);
  }

  private OutboxDepth depth() {
    return outbox.depth(clock.instant().minus(OVERDUE));
  }
}
