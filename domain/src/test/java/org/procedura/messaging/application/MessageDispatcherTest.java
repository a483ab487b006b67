package org.procedura.messaging.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.procedura.audit.model.AuditEvent;
import org.procedura.audit.model.AuditOutcome;
import org.procedura.audit.model.AuditQuery;
import org.procedura.audit.model.AuditTrail;
import org.procedura.audit.model.ResourceType;
import org.procedura.messaging.model.ComposedMessage;
import org.procedura.messaging.model.Composition;
import org.procedura.messaging.model.DeliveryFailedException;
import org.procedura.messaging.model.DeliveryPolicy;
import org.procedura.messaging.model.InMemoryOutbox;
import org.procedura.messaging.model.MessageChannel;
import org.procedura.messaging.model.MessageId;
import org.procedura.messaging.model.MessageKind;
import org.procedura.messaging.model.MessageRecord;
import org.procedura.messaging.model.MessageStatus;
import org.procedura.messaging.model.QueuedMessage;
import org.procedura.patient.model.PatientId;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.shared.model.PageQuery;
import org.procedura.shared.model.PageResult;

class MessageDispatcherTest {
  private static final Instant NOW = Instant.parse("2026-11-20T15:00:00Z");
  private static final DeliveryPolicy POLICY =
      new DeliveryPolicy(
          3, Duration.ofMinutes(1), Duration.ofMinutes(10), Duration.ofMinutes(2), 10);

  private final InMemoryOutbox outbox = new InMemoryOutbox();
  private final AtomicReference<Composition> composition = new AtomicReference<>();
  private final List<ComposedMessage> delivered = new ArrayList<>();
  private final List<AuditEvent> audited = new ArrayList<>();
  private final List<String> refusals = new ArrayList<>();
  private final QueuedMessage confirmation =
      new QueuedMessage(
          MessageId.newId(),
          MessageKind.BOOKING_CONFIRMATION,
          AppointmentId.newId(),
          PatientId.newId(),
          NOW.plus(Duration.ofDays(3)),
          NOW,
          null);

  private final MessageChannel channel =
      message -> {
        if (!refusals.isEmpty()) {
          throw new DeliveryFailedException(refusals.removeFirst());
        }
        delivered.add(message);
      };

  private final AuditTrail audit =
      new AuditTrail() {
        @Override
        public void append(AuditEvent event) {
          audited.add(event);
        }

        @Override
        public PageResult<AuditEvent> find(AuditQuery query, PageQuery page) {
          throw new UnsupportedOperationException();
        }
      };

  private MessageDispatcher dispatcherAt(Instant now) {
    return new MessageDispatcher(
        outbox,
        claimed -> composition.get(),
        channel,
        audit,
        POLICY,
        Clock.fixed(now, ZoneOffset.UTC),
        "test-1");
  }

  private ComposedMessage ready() {
    return new ComposedMessage(confirmation.id(), "ada@example.org", "Booked", "See you", null);
  }

  private MessageRecord record() {
    return outbox.ofAppointment(confirmation.appointment()).getFirst();
  }

  @Test
  void deliversADueMessageOnceAndAuditsItForThePatient() {
    outbox.queue(List.of(confirmation));
    composition.set(new Composition.Ready(ready()));

    assertThat(dispatcherAt(NOW).dispatchDue()).isEqualTo(1);
    assertThat(dispatcherAt(NOW.plusSeconds(600)).dispatchDue()).isZero();

    assertThat(delivered).containsExactly(ready());
    assertThat(record().status()).isEqualTo(MessageStatus.SENT);
    assertThat(audited)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.patientId()).isEqualTo(confirmation.patient().value());
              assertThat(e.resourceType()).isEqualTo(ResourceType.MESSAGE);
              assertThat(e.outcome()).isEqualTo(AuditOutcome.ALLOWED);
            });
  }

  @Test
  void aMessageIsNotClaimedBeforeItIsDue() {
    outbox.queue(List.of(confirmation));
    composition.set(new Composition.Ready(ready()));

    assertThat(dispatcherAt(NOW.minusSeconds(1)).dispatchDue()).isZero();
    assertThat(dispatcherAt(NOW).dispatchDue()).isEqualTo(1);
  }

  @Test
  void aFailedDeliveryIsRetriedAfterItsPauseAndGivenUpAfterTheLastAttempt() {
    outbox.queue(List.of(confirmation));
    composition.set(new Composition.Ready(ready()));
    refusals.addAll(List.of("SMTP refused", "SMTP refused", "SMTP refused"));

    dispatcherAt(NOW).dispatchDue();
    assertThat(record().status()).isEqualTo(MessageStatus.PENDING);
    assertThat(dispatcherAt(NOW.plusSeconds(59)).dispatchDue()).isZero();
    assertThat(dispatcherAt(NOW.plusSeconds(60)).dispatchDue()).isEqualTo(1);
    assertThat(dispatcherAt(NOW.plusSeconds(179)).dispatchDue()).isZero();
    assertThat(dispatcherAt(NOW.plusSeconds(180)).dispatchDue()).isEqualTo(1);

    assertThat(record().status()).isEqualTo(MessageStatus.FAILED);
    assertThat(record().attempts()).isEqualTo(3);
    assertThat(record().reason()).isEqualTo("SMTP refused");
    assertThat(outbox.failures(10)).hasSize(1);
    assertThat(delivered).isEmpty();
  }

  @Test
  void aRetryThatSucceedsIsSent() {
    outbox.queue(List.of(confirmation));
    composition.set(new Composition.Ready(ready()));
    refusals.add("SMTP unavailable");

    dispatcherAt(NOW).dispatchDue();
    dispatcherAt(NOW.plusSeconds(60)).dispatchDue();

    assertThat(record().status()).isEqualTo(MessageStatus.SENT);
    assertThat(delivered).hasSize(1);
  }

  @Test
  void aMessageNoLongerWorthSendingIsSkipped() {
    outbox.queue(List.of(confirmation));
    composition.set(new Composition.NotToSend("the appointment was moved since it was queued"));

    dispatcherAt(NOW).dispatchDue();

    assertThat(record().status()).isEqualTo(MessageStatus.SKIPPED);
    assertThat(delivered).isEmpty();
    assertThat(outbox.failures(10)).isEmpty();
  }

  @Test
  void anUndeliverableMessageIsGivenUpAtOnce() {
    outbox.queue(List.of(confirmation));
    composition.set(new Composition.Undeliverable("no e-mail address on record"));

    dispatcherAt(NOW).dispatchDue();

    assertThat(record().status()).isEqualTo(MessageStatus.FAILED);
    assertThat(record().attempts()).isEqualTo(1);
  }

  @Test
  void aClaimThatLapsedIsTakenOverAndTheFirstClaimantCanNoLongerSettleIt() {
    outbox.queue(List.of(confirmation));
    var first = outbox.claimDue(NOW, 10, "stopped", NOW.plus(POLICY.lease()));
    composition.set(new Composition.Ready(ready()));

    assertThat(dispatcherAt(NOW.plus(POLICY.lease()).minusSeconds(1)).dispatchDue()).isZero();
    assertThat(dispatcherAt(NOW.plus(POLICY.lease())).dispatchDue()).isEqualTo(1);

    assertThat(outbox.sent(first.getFirst().id(), "stopped", NOW)).isFalse();
    assertThat(record().status()).isEqualTo(MessageStatus.SENT);
  }
}
