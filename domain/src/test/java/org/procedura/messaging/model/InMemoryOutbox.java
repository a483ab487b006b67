package org.procedura.messaging.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.procedura.scheduling.model.AppointmentId;

/** The outbox in memory, claiming as the database adapter does (one claimant at a time). */
public class InMemoryOutbox implements Outbox {
  private final Map<MessageId, Row> rows = new LinkedHashMap<>();

  private static final class Row {
    QueuedMessage message;
    MessageStatus status = MessageStatus.PENDING;
    Instant next;
    int attempts;
    String claimant;
    String reason;
    Instant settledAt;

    MessageRecord record() {
      return new MessageRecord(message, status, attempts, reason, settledAt);
    }
  }

  @Override
  public synchronized void queue(List<QueuedMessage> messages) {
    for (QueuedMessage message : messages) {
      Row row = new Row();
      row.message = message;
      row.next = message.dueAt();
      rows.put(message.id(), row);
    }
  }

  @Override
  public synchronized List<ClaimedMessage> claimDue(
      Instant now, int limit, String claimant, Instant leaseUntil) {
    List<ClaimedMessage> claimed = new ArrayList<>();
    rows.values().stream()
        .filter(r -> r.status == MessageStatus.PENDING || r.status == MessageStatus.SENDING)
        .filter(r -> !r.next.isAfter(now))
        .sorted(Comparator.comparing(r -> r.next))
        .limit(limit)
        .forEach(
            r -> {
              r.status = MessageStatus.SENDING;
              r.claimant = claimant;
              r.next = leaseUntil;
              r.attempts++;
              claimed.add(new ClaimedMessage(r.message, r.attempts));
            });
    return claimed;
  }

  private Row held(MessageId id, String claimant) {
    Row row = rows.get(id);
    return row != null && row.status == MessageStatus.SENDING && claimant.equals(row.claimant)
        ? row
        : null;
  }

  private boolean settle(
      MessageId id, String claimant, MessageStatus status, String reason, Instant at) {
    Row row = held(id, claimant);
    if (row == null) {
      return false;
    }
    row.status = status;
    row.reason = reason;
    row.settledAt = at;
    return true;
  }

  @Override
  public synchronized boolean sent(MessageId id, String claimant, Instant at) {
    return settle(id, claimant, MessageStatus.SENT, null, at);
  }

  @Override
  public synchronized boolean skipped(MessageId id, String claimant, String reason, Instant at) {
    return settle(id, claimant, MessageStatus.SKIPPED, reason, at);
  }

  @Override
  public synchronized boolean retryAt(MessageId id, String claimant, Instant next, String reason) {
    Row row = held(id, claimant);
    if (row == null) {
      return false;
    }
    row.status = MessageStatus.PENDING;
    row.next = next;
    row.reason = reason;
    return true;
  }

  @Override
  public synchronized boolean failed(MessageId id, String claimant, String reason, Instant at) {
    return settle(id, claimant, MessageStatus.FAILED, reason, at);
  }

  @Override
  public synchronized List<MessageRecord> failures(int limit) {
    return rows.values().stream()
        .filter(r -> r.status == MessageStatus.FAILED)
        .map(Row::record)
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized List<MessageRecord> ofAppointment(AppointmentId appointment) {
    return rows.values().stream()
        .filter(r -> r.message.appointment().equals(appointment))
        .sorted(Comparator.comparing(r -> r.message.dueAt()))
        .map(Row::record)
        .toList();
  }

  @Override
  public synchronized OutboxDepth depth(Instant overdueBefore) {
    var waiting =
        rows.values().stream()
            .filter(r -> r.status == MessageStatus.PENDING || r.status == MessageStatus.SENDING)
            .toList();
    return new OutboxDepth(
        waiting.size(),
        waiting.stream().filter(r -> r.next.isBefore(overdueBefore)).count(),
        rows.values().stream().filter(r -> r.status == MessageStatus.FAILED).count());
  }
}
