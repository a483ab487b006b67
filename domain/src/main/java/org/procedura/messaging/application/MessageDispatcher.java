package org.procedura.messaging.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.procedura.audit.model.AuditAction;
import org.procedura.audit.model.AuditEvent;
import org.procedura.audit.model.AuditOutcome;
import org.procedura.audit.model.AuditTrail;
import org.procedura.audit.model.ResourceType;
import org.procedura.messaging.model.ClaimedMessage;
import org.procedura.messaging.model.Composition;
import org.procedura.messaging.model.DeliveryFailedException;
import org.procedura.messaging.model.DeliveryPolicy;
import org.procedura.messaging.model.MessageChannel;
import org.procedura.messaging.model.MessageComposition;
import org.procedura.messaging.model.Outbox;

/**
 * Delivers due messages: claims a batch (no other dispatcher, on any instance, holds them then),
 * composes and sends each outside any transaction, and settles it: sent, skipped when no longer
 * worth sending, retried with a growing pause, or given up after the policy's attempts and so shown
 * to administrators. Each delivery of patient data is in the audit trail, attributed to the
 * patient.
 *
 * <p>Once means once per claim: a dispatcher that stops after the channel accepted a message but
 * before settling it leaves the claim to lapse, and the message is sent again after the lease.
 */
public class MessageDispatcher {
  static final String AUDIT_USER = "message-dispatcher";

  private final Outbox outbox;
  private final MessageComposition composer;
  private final MessageChannel channel;
  private final AuditTrail audit;
  private final DeliveryPolicy policy;
  private final Clock clock;
  private final String claimant;

  /** {@code claimant} names this dispatcher among all that run, e.g. the instance and a number. */
  public MessageDispatcher(
      Outbox outbox,
      MessageComposition composer,
      MessageChannel channel,
      AuditTrail audit,
      DeliveryPolicy policy,
      Clock clock,
      String claimant) {
    this.outbox = outbox;
    this.composer = composer;
    this.channel = channel;
    this.audit = audit;
    this.policy = policy;
    this.clock = clock;
    this.claimant = claimant;
  }

  /** One round; returns how many messages it claimed (zero when none is due). */
  public int dispatchDue() {
    Instant now = clock.instant();
    List<ClaimedMessage> claimed =
        outbox.claimDue(now, policy.batch(), claimant, now.plus(policy.lease()));
    for (ClaimedMessage message : claimed) {
      settle(message);
    }
    return claimed.size();
  }

  private void settle(ClaimedMessage message) {
    Composition composition;
    try {
      composition = composer.compose(message);
    } catch (RuntimeException e) {
      retryOrGiveUp(message, "could not be composed (" + e.getClass().getSimpleName() + ")");
      return;
    }
    switch (composition) {
      case Composition.NotToSend notToSend ->
          outbox.skipped(message.id(), claimant, notToSend.reason(), clock.instant());
      case Composition.Undeliverable undeliverable -> {
        outbox.failed(message.id(), claimant, undeliverable.reason(), clock.instant());
        audited(message, 422);
      }
      case Composition.Ready ready -> {
        try {
          channel.deliver(ready.message());
          outbox.sent(message.id(), claimant, clock.instant());
          audited(message, 200);
        } catch (DeliveryFailedException e) {
          retryOrGiveUp(message, e.getMessage());
          audited(message, 502);
        }
      }
    }
  }

  private void retryOrGiveUp(ClaimedMessage message, String reason) {
    Instant now = clock.instant();
    if (policy.retriesAfter(message.attempt())) {
      outbox.retryAt(
          message.id(), claimant, now.plus(policy.pauseAfter(message.attempt())), reason);
    } else {
      outbox.failed(message.id(), claimant, reason, now);
    }
  }

  private void audited(ClaimedMessage message, int status) {
    audit.append(
        new AuditEvent(
            UUID.randomUUID(),
            clock.instant(),
            AUDIT_USER,
            null,
            AuditAction.READ,
            ResourceType.MESSAGE,
            message.id().toString(),
            message.message().patient().value(),
            AuditOutcome.ofStatus(status),
            status,
            "SEND",
            "/messages/" + message.message().kind().name().toLowerCase(),
            null,
            message.id().toString()));
  }
}
