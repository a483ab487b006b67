package org.procedura.messaging.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.procedura.messaging.model.MessageId;
import org.procedura.messaging.model.MessageKind;
import org.procedura.messaging.model.MessageTiming;
import org.procedura.messaging.model.Outbox;
import org.procedura.messaging.model.QueuedMessage;
import org.procedura.scheduling.model.Appointment;
import org.procedura.scheduling.model.AppointmentNotices;
import org.procedura.scheduling.model.BookingChecks;
import org.procedura.scheduling.model.HoldInstruction;

/**
 * Queues the messages a booking, move or cancellation calls for, in its transaction: a booking its
 * confirmation and reminders, a move its notice and the reminders for the new time (those for the
 * old time are not sent, being for a start that moved), a cancellation its notice. A procedure
 * whose patient must stop a medication gets its holds again the morning before the first last-dose
 * day, when that is still ahead.
 */
public class MessageQueueing implements AppointmentNotices {
  private final Outbox outbox;
  private final MessageTiming timing;
  private final BookingChecks holds;
  private final Clock clock;

  /** {@code holds} gives the hold plan recorded with the booking or move, in its transaction. */
  public MessageQueueing(Outbox outbox, MessageTiming timing, BookingChecks holds, Clock clock) {
    this.outbox = outbox;
    this.timing = timing;
    this.holds = holds;
    this.clock = clock;
  }

  @Override
  public void booked(Appointment booked) {
    outbox.queue(noticeAndReminders(booked, MessageKind.BOOKING_CONFIRMATION));
  }

  @Override
  public void rescheduled(Appointment moved) {
    outbox.queue(noticeAndReminders(moved, MessageKind.RESCHEDULE_NOTICE));
  }

  @Override
  public void cancelled(Appointment cancelled) {
    Instant now = clock.instant();
    if (cancelled.getPlacement().slot().start().isAfter(now)) {
      outbox.queue(List.of(notice(cancelled, MessageKind.CANCELLATION_NOTICE, now)));
    }
  }

  private List<QueuedMessage> noticeAndReminders(Appointment appointment, MessageKind notice) {
    Instant now = clock.instant();
    Instant start = appointment.getPlacement().slot().start();
    List<QueuedMessage> messages = new ArrayList<>();
    messages.add(notice(appointment, notice, now));
    for (Duration lead : timing.reminderLeads()) {
      timing
          .reminderDue(start, lead, now)
          .ifPresent(
              due ->
                  messages.add(
                      new QueuedMessage(
                          MessageId.newId(),
                          MessageKind.REMINDER,
                          appointment.getId(),
                          appointment.getPatient(),
                          start,
                          due,
                          lead)));
    }
    firstLastDoseDay(appointment)
        .flatMap(day -> timing.holdReminderDue(day, now))
        .filter(due -> due.isBefore(start))
        .ifPresent(
            due ->
                messages.add(
                    new QueuedMessage(
                        MessageId.newId(),
                        MessageKind.HOLD_REMINDER,
                        appointment.getId(),
                        appointment.getPatient(),
                        start,
                        due,
                        null)));
    return messages;
  }

  private Optional<LocalDate> firstLastDoseDay(Appointment appointment) {
    return holds.holdsOf(appointment.getId()).stream()
        .map(HoldInstruction::lastDoseOn)
        .min(Comparator.naturalOrder());
  }

  private QueuedMessage notice(Appointment appointment, MessageKind kind, Instant now) {
    return new QueuedMessage(
        MessageId.newId(),
        kind,
        appointment.getId(),
        appointment.getPatient(),
        appointment.getPlacement().slot().start(),
        timing.outsideQuietHours(now),
        null);
  }
}
