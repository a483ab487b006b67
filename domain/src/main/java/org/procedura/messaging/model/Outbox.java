package org.procedura.messaging.model;

import java.time.Instant;
import java.util.List;
import org.procedura.scheduling.model.AppointmentId;

/**
 * The transactional outbox. Messages are queued in the caller's transaction; a dispatcher claims
 * due ones in a short transaction of its own, so that no two dispatchers, on any number of
 * instances, hold the same message, and settles each one it holds. A claim lasts until its lease
 * ends: a message whose dispatcher stopped before settling it is claimed again after that.
 */
public interface Outbox {

  /** In the caller's transaction. */
  void queue(List<QueuedMessage> messages);

  /**
   * Claims up to {@code limit} messages due at {@code now} (pending ones and those whose claim
   * lapsed), earliest first, for {@code claimant} until {@code leaseUntil}; committed on return.
   */
  List<ClaimedMessage> claimDue(Instant now, int limit, String claimant, Instant leaseUntil);

  /**
   * Settles a message this claimant holds. Each returns false, changing nothing, when the claimant
   * no longer holds it (its lease lapsed and another claimed it).
   */
  boolean sent(MessageId id, String claimant, Instant at);

  boolean skipped(MessageId id, String claimant, String reason, Instant at);

  boolean retryAt(MessageId id, String claimant, Instant next, String reason);

  boolean failed(MessageId id, String claimant, String reason, Instant at);

  /**
   * How many messages wait, how many of those were due before {@code overdueBefore}, how many
   * failed.
   */
  OutboxDepth depth(Instant overdueBefore);

  /** The messages given up, most recent first. */
  List<MessageRecord> failures(int limit);

  /** Every message queued about the appointment, in the order they are due. */
  List<MessageRecord> ofAppointment(AppointmentId appointment);
}
