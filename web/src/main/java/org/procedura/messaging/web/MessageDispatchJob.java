package org.procedura.messaging.web;

import org.procedura.messaging.application.MessageDispatcher;
import org.procedura.messaging.model.DeliveryPolicy;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers due messages every {@code procedura.messaging.dispatch-every} on every instance; the
 * outbox's row claims, not a job lock, keep two instances from sending the same message. Switched
 * off with {@code procedura.messaging.dispatcher-enabled=false} (the tests call the dispatcher
 * themselves).
 */
@Component
@ConditionalOnProperty(
    name = "procedura.messaging.dispatcher-enabled",
    havingValue = "true",
    matchIfMissing = true)
class MessageDispatchJob {
  private final MessageDispatcher dispatcher;
  private final DeliveryPolicy policy;

  MessageDispatchJob(MessageDispatcher dispatcher, DeliveryPolicy policy) {
    this.dispatcher = dispatcher;
    this.policy = policy;
  }

  /** Round after round while full batches come back, so that a backlog is not left waiting. */
  @Scheduled(
      fixedDelayString = "${procedura.messaging.dispatch-every:PT15S}",
      initialDelayString = "${procedura.messaging.dispatch-every:PT15S}")
  void dispatch() {
    while (dispatcher.dispatchDue() == policy.batch()) {
      // the next batch
    }
  }
}
