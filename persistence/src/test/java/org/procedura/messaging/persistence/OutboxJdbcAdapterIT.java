package org.procedura.messaging.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.procedura.audit.model.AuditEvent;
import org.procedura.audit.model.AuditQuery;
import org.procedura.audit.model.AuditTrail;
import org.procedura.messaging.application.MessageDispatcher;
import org.procedura.messaging.model.ComposedMessage;
import org.procedura.messaging.model.Composition;
import org.procedura.messaging.model.DeliveryPolicy;
import org.procedura.messaging.model.MessageChannel;
import org.procedura.messaging.model.MessageId;
import org.procedura.messaging.model.MessageKind;
import org.procedura.messaging.model.MessageRecord;
import org.procedura.messaging.model.MessageStatus;
import org.procedura.messaging.model.Outbox;
import org.procedura.messaging.model.OutboxDepth;
import org.procedura.messaging.model.QueuedMessage;
import org.procedura.patient.model.PatientId;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.shared.model.PageQuery;
import org.procedura.shared.model.PageResult;
import org.procedura.testing.RealDatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class OutboxJdbcAdapterIT extends RealDatabaseTest {
  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  private static final DeliveryPolicy POLICY =
      new DeliveryPolicy(
          3, Duration.ofMinutes(1), Duration.ofMinutes(10), Duration.ofMinutes(5), 50);

  @Autowired Outbox outbox;
  @Autowired TransactionTemplate transaction;

  private static final AuditTrail NO_AUDIT =
      new AuditTrail() {
        @Override
        public void append(AuditEvent event) {}

        @Override
        public PageResult<AuditEvent> find(AuditQuery query, PageQuery page) {
          throw new UnsupportedOperationException();
        }
      };

  private static QueuedMessage reminder(AppointmentId appointment, Instant due) {
    return new QueuedMessage(
        MessageId.newId(),
        MessageKind.REMINDER,
        appointment,
        PatientId.newId(),
        due.plus(Duration.ofDays(1)),
        due,
        Duration.ofHours(24));
  }

  @Test
  void twoDispatchersOverThousandsOfQueuedMessagesDeliverEachExactlyOnce() throws Exception {
    int count = 3000;
    Instant due = NOW.minus(Duration.ofMinutes(1));
    List<QueuedMessage> queued = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      queued.add(reminder(AppointmentId.newId(), due));
    }
    transaction.executeWithoutResult(s -> outbox.queue(queued));
    Set<MessageId> mine = new HashSet<>(queued.stream().map(QueuedMessage::id).toList());
    Map<MessageId, AtomicInteger> deliveries = new ConcurrentHashMap<>();
    Map<String, AtomicInteger> perDispatcher = new ConcurrentHashMap<>();

    var start = new CountDownLatch(1);
    var pool = Executors.newFixedThreadPool(2);
    try {
      var results = new ArrayList<Future<Void>>();
      for (String instance : List.of("instance-a", "instance-b")) {
        MessageChannel channel =
            message -> {
              // a delivery takes a moment, as over SMTP, so that neither dispatcher can drain
              // the queue before the other has started
              LockSupport.parkNanos(1_000_000);
              deliveries.computeIfAbsent(message.id(), id -> new AtomicInteger()).incrementAndGet();
              perDispatcher.computeIfAbsent(instance, i -> new AtomicInteger()).incrementAndGet();
            };
        var dispatcher =
            new MessageDispatcher(
                outbox,
                claimed ->
                    new Composition.Ready(
                        new ComposedMessage(claimed.id(), "someone@example.org", "s", "b", null)),
                channel,
                NO_AUDIT,
                POLICY,
                Clock.fixed(NOW, ZoneOffset.UTC),
                instance);
        Callable<Void> work =
            () -> {
              start.await();
              while (dispatcher.dispatchDue() > 0) {
                // until nothing is due
              }
              return null;
            };
        results.add(pool.submit(work));
      }
      start.countDown();
      for (var result : results) {
        result.get();
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(deliveries.keySet()).containsAll(mine);
    assertThat(mine)
        .allSatisfy(id -> assertThat(deliveries.get(id).get()).as("deliveries of " + id).isOne());
    assertThat(perDispatcher.get("instance-a").get()).isPositive();
    assertThat(perDispatcher.get("instance-b").get()).isPositive();
    assertThat(outbox.ofAppointment(queued.getFirst().appointment()))
        .singleElement()
        .extracting(MessageRecord::status)
        .isEqualTo(MessageStatus.SENT);
  }

  @Test
  void aMessageQueuedInATransactionThatRollsBackIsNotThere() {
    AppointmentId appointment = AppointmentId.newId();

    try {
      transaction.executeWithoutResult(
          s -> {
            outbox.queue(List.of(reminder(appointment, NOW)));
            throw new IllegalStateException("the booking failed");
          });
    } catch (IllegalStateException expected) {
      // rolled back
    }

    assertThat(outbox.ofAppointment(appointment)).isEmpty();
  }

  @Test
  void aClaimHoldsTheMessageUntilItsLeaseEndsAndOnlyItsClaimantSettlesIt() {
    AppointmentId appointment = AppointmentId.newId();
    Instant due = Instant.parse("2000-01-01T00:00:00Z");
    QueuedMessage message = reminder(appointment, due);
    transaction.executeWithoutResult(s -> outbox.queue(List.of(message)));
    Instant lease = due.plus(Duration.ofMinutes(5));

    var first = outbox.claimDue(due, 1000, "first", lease);
    var during = outbox.claimDue(lease.minusSeconds(1), 1000, "second", lease.plusSeconds(60));
    var after = outbox.claimDue(lease, 1000, "second", lease.plusSeconds(300));

    assertThat(first).extracting(c -> c.id()).contains(message.id());
    assertThat(during).extracting(c -> c.id()).doesNotContain(message.id());
    assertThat(after)
        .filteredOn(c -> c.id().equals(message.id()))
        .singleElement()
        .satisfies(c -> assertThat(c.attempt()).isEqualTo(2));
    assertThat(outbox.sent(message.id(), "first", lease)).isFalse();
    assertThat(outbox.retryAt(message.id(), "second", lease.plusSeconds(60), "SMTP refused"))
        .isTrue();
    assertThat(outbox.ofAppointment(appointment))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.status()).isEqualTo(MessageStatus.PENDING);
              assertThat(r.reason()).isEqualTo("SMTP refused");
              assertThat(r.message())
                  .isEqualTo(message)
                  .extracting(QueuedMessage::lead)
                  .isEqualTo(Duration.ofHours(24));
            });
  }

  @Test
  void theDepthCountsWaitingOverdueAndFailedMessagesOnEitherSideOfTheMoment() {
    Instant moment = Instant.parse("1999-06-01T12:00:00Z");
    OutboxDepth before = outbox.depth(moment);
    QueuedMessage dueJustBefore = reminder(AppointmentId.newId(), moment.minusSeconds(1));
    QueuedMessage dueAtTheMoment = reminder(AppointmentId.newId(), moment);
    QueuedMessage givenUp = reminder(AppointmentId.newId(), moment.minusSeconds(60));
    transaction.executeWithoutResult(
        s -> outbox.queue(List.of(dueJustBefore, dueAtTheMoment, givenUp)));
    Instant claimed = moment.minusSeconds(60);
    assertThat(outbox.claimDue(claimed, 1000, "one", claimed.plusSeconds(30)))
        .extracting(c -> c.id())
        .containsExactly(givenUp.id());
    outbox.failed(givenUp.id(), "one", "SMTP refused", claimed);

    OutboxDepth after = outbox.depth(moment);

    assertThat(after.waiting() - before.waiting()).isEqualTo(2);
    assertThat(after.overdue() - before.overdue()).as("due before the moment, not at it").isOne();
    assertThat(after.failed() - before.failed()).isOne();
  }

  @Test
  void aFailedMessageIsListedAmongTheFailures() {
    AppointmentId appointment = AppointmentId.newId();
    Instant due = Instant.parse("2000-01-02T00:00:00Z");
    QueuedMessage message = reminder(appointment, due);
    transaction.executeWithoutResult(s -> outbox.queue(List.of(message)));
    outbox.claimDue(due, 1000, "one", due.plusSeconds(300));

    assertThat(outbox.failed(message.id(), "one", "no e-mail address on record", due)).isTrue();

    assertThat(outbox.failures(1000))
        .filteredOn(r -> r.message().id().equals(message.id()))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.status()).isEqualTo(MessageStatus.FAILED);
              assertThat(r.attempts()).isOne();
              assertThat(r.settledAt()).isEqualTo(due.truncatedTo(ChronoUnit.MICROS));
            });
  }
}
