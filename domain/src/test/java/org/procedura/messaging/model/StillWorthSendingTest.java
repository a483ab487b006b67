package org.procedura.messaging.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.procedura.patient.model.PatientId;
import org.procedura.scheduling.model.Appointment;
import org.procedura.scheduling.model.AppointmentKind;
import org.procedura.scheduling.model.ClinicianId;
import org.procedura.scheduling.model.Placement;
import org.procedura.scheduling.model.RoomId;
import org.procedura.scheduling.model.TimeSlot;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.Stamp;

class StillWorthSendingTest {
  private static final Instant NOW = Instant.parse("2026-11-20T15:00:00Z");
  private static final Instant START = Instant.parse("2026-11-23T14:00:00Z");
  private static final Stamp BY = new Stamp(NOW, new Actor("frontdesk"));

  private final Appointment appointment =
      Appointment.bookVisit(
          PatientId.newId(), AppointmentKind.CONSULT, null, placementAt(START), BY);

  private static Placement placementAt(Instant start) {
    return new Placement(
        ClinicianId.newId(),
        RoomId.newId(),
        TimeSlot.of(start, Duration.ofMinutes(30)),
        Duration.ZERO);
  }

  private QueuedMessage queued(MessageKind kind, Instant forStart) {
    return new QueuedMessage(
        MessageId.newId(),
        kind,
        appointment.getId(),
        appointment.getPatient(),
        forStart,
        NOW,
        kind == MessageKind.REMINDER ? Duration.ofHours(24) : null);
  }

  @Test
  void aReminderForTheBookedStartGoes() {
    assertThat(
            StillWorthSending.reasonNotToSend(
                queued(MessageKind.REMINDER, START), appointment, NOW))
        .isEmpty();
  }

  @Test
  void aReminderForAStartThatMovedIsNotSent() {
    assertThat(
            StillWorthSending.reasonNotToSend(
                queued(MessageKind.REMINDER, START.minusSeconds(300)), appointment, NOW))
        .contains("the appointment was moved since it was queued");
  }

  @Test
  void aReminderOfACancelledAppointmentIsNotSentButItsCancellationNoticeIs() {
    appointment.cancel("patient unwell", BY);

    assertThat(
            StillWorthSending.reasonNotToSend(
                queued(MessageKind.REMINDER, START), appointment, NOW))
        .contains("the appointment was cancelled since it was queued");
    assertThat(
            StillWorthSending.reasonNotToSend(
                queued(MessageKind.CANCELLATION_NOTICE, START), appointment, NOW))
        .isEmpty();
  }

  @Test
  void aCancellationNoticeOfAnAppointmentNotCancelledIsNotSent() {
    assertThat(
            StillWorthSending.reasonNotToSend(
                queued(MessageKind.CANCELLATION_NOTICE, START), appointment, NOW))
        .isPresent();
  }

  @Test
  void nothingButTheCancellationGoesOnceTheAppointmentHasBegun() {
    assertThat(
            StillWorthSending.reasonNotToSend(
                queued(MessageKind.REMINDER, START), appointment, START.minusSeconds(1)))
        .isEmpty();
    assertThat(
            StillWorthSending.reasonNotToSend(
                queued(MessageKind.REMINDER, START), appointment, START))
        .contains("the appointment has begun");
  }
}
