package org.procedura.messaging.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.procedura.catalog.model.ProcedureType;
import org.procedura.messaging.model.InMemoryOutbox;
import org.procedura.messaging.model.MessageRecord;
import org.procedura.messaging.model.MessageTiming;
import org.procedura.patient.model.PatientId;
import org.procedura.scheduling.model.Acknowledgement;
import org.procedura.scheduling.model.Appointment;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.scheduling.model.AppointmentKind;
import org.procedura.scheduling.model.BookingChecks;
import org.procedura.scheduling.model.CheckedRules;
import org.procedura.scheduling.model.ClinicianId;
import org.procedura.scheduling.model.HoldInstruction;
import org.procedura.scheduling.model.Placement;
import org.procedura.scheduling.model.Room;
import org.procedura.scheduling.model.RoomId;
import org.procedura.scheduling.model.TimeSlot;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.Stamp;

class MessageQueueingTest {
  private static final ZoneId ZONE = ZoneId.of("America/New_York");
  // Friday 20 November 2026, 10:00 in New York
  private static final Instant NOW = Instant.parse("2026-11-20T15:00:00Z");
  private static final MessageTiming TIMING =
      new MessageTiming(
          ZONE,
          List.of(Duration.ofHours(72), Duration.ofHours(24)),
          LocalTime.of(21, 0),
          LocalTime.of(8, 0));

  private final InMemoryOutbox outbox = new InMemoryOutbox();
  private final List<HoldInstruction> holds = new ArrayList<>();
  private final BookingChecks bookingChecks =
      new BookingChecks() {
        @Override
        public CheckedRules check(
            Appointment candidate, ProcedureType type, Room room, Acknowledgement acknowledgement) {
          return CheckedRules.NOTHING;
        }

        @Override
        public void record(AppointmentId appointment, CheckedRules checked) {}

        @Override
        public List<HoldInstruction> holdsOf(AppointmentId appointment) {
          return holds;
        }
      };
  private final MessageQueueing queueing = queueingAt(NOW);

  private MessageQueueing queueingAt(Instant now) {
    return new MessageQueueing(outbox, TIMING, bookingChecks, Clock.fixed(now, ZONE));
  }

  private static Appointment visitAt(Instant start) {
    return Appointment.bookVisit(
        PatientId.newId(),
        AppointmentKind.CONSULT,
        null,
        new Placement(
            ClinicianId.newId(),
            RoomId.newId(),
            TimeSlot.of(start, Duration.ofMinutes(30)),
            Duration.ZERO),
        new Stamp(NOW, new Actor("frontdesk")));
  }

  private List<String> queued(Appointment appointment) {
    return outbox.ofAppointment(appointment.getId()).stream()
        .map(MessageRecord::message)
        .map(m -> m.kind() + " " + m.dueAt() + (m.lead() == null ? "" : " " + m.lead()))
        .toList();
  }

  @Test
  void aBookingQueuesItsConfirmationNowAndBothRemindersAtTheirLocalHours() {
    // Thursday 26 November, 09:00 in New York
    Appointment booked = visitAt(Instant.parse("2026-11-26T14:00:00Z"));

    queueing.booked(booked);

    assertThat(queued(booked))
        .containsExactly(
            "BOOKING_CONFIRMATION " + NOW,
            "REMINDER 2026-11-23T14:00:00Z PT72H",
            "REMINDER 2026-11-25T14:00:00Z PT24H");
  }

  @Test
  void aBookingInsideALeadTimeQueuesOnlyTheRemindersStillAhead() {
    // Sunday 22 November, 10:00: the 72-hour reminder would have been Thursday
    Appointment booked = visitAt(Instant.parse("2026-11-22T15:00:00Z"));

    queueing.booked(booked);

    assertThat(queued(booked))
        .containsExactly("BOOKING_CONFIRMATION " + NOW, "REMINDER 2026-11-21T15:00:00Z PT24H");
  }

  @Test
  void aMoveQueuesItsNoticeAndTheRemindersForTheNewStart() {
    Appointment moved = visitAt(Instant.parse("2026-11-26T14:00:00Z"));

    queueing.rescheduled(moved);

    assertThat(queued(moved)).first().asString().startsWith("RESCHEDULE_NOTICE");
    assertThat(queued(moved)).hasSize(3);
  }

  @Test
  void aCancellationQueuesItsNoticeUnlessTheAppointmentIsOver() {
    Appointment ahead = visitAt(Instant.parse("2026-11-26T14:00:00Z"));
    Appointment past = visitAt(Instant.parse("2026-11-23T14:00:00Z"));
    var afterIt = queueingAt(Instant.parse("2026-11-23T14:00:00Z"));

    queueing.cancelled(ahead);
    afterIt.cancelled(past);

    assertThat(queued(ahead)).containsExactly("CANCELLATION_NOTICE " + NOW);
    assertThat(queued(past)).isEmpty();
  }

  @Test
  void aPatientWhoMustStopAMedicationIsToldAgainTheMorningBeforeTheFirstLastDoseDay() {
    // Monday 7 December, 09:00; clopidogrel's last dose on Sunday 29 November, apixaban's later
    Appointment booked = visitAt(Instant.parse("2026-12-07T14:00:00Z"));
    holds.add(
        new HoldInstruction(
            "Apixaban 5 mg",
            "DOAC",
            LocalDate.of(2026, 12, 3),
            Instant.parse("2026-12-08T14:00:00Z")));
    holds.add(
        new HoldInstruction(
            "Clopidogrel 75 mg",
            "P2Y12",
            LocalDate.of(2026, 11, 29),
            Instant.parse("2026-12-08T14:00:00Z")));

    queueing.booked(booked);

    assertThat(queued(booked))
        .filteredOn(m -> m.startsWith("HOLD_REMINDER"))
        .containsExactly("HOLD_REMINDER 2026-11-28T13:00:00Z");
  }

  @Test
  void theHoldReminderIsQueuedOnlyWhileItsMorningIsAhead() {
    Appointment booked = visitAt(Instant.parse("2026-12-07T14:00:00Z"));
    holds.add(
        new HoldInstruction(
            "Clopidogrel 75 mg",
            "P2Y12",
            LocalDate.of(2026, 11, 21),
            Instant.parse("2026-12-08T14:00:00Z")));

    queueing.booked(booked);
    queueingAt(Instant.parse("2026-11-20T12:59:59Z")).rescheduled(booked);

    assertThat(queued(booked))
        .filteredOn(m -> m.startsWith("HOLD_REMINDER"))
        .containsExactly("HOLD_REMINDER 2026-11-20T13:00:00Z");
  }

  @Test
  void aNoticeQueuedInTheQuietHoursWaitsForTheirEnd() {
    // 22:30 in New York
    Instant late = Instant.parse("2026-11-21T03:30:00Z");
    var atNight = queueingAt(late);
    Appointment booked = visitAt(Instant.parse("2026-11-26T14:00:00Z"));

    atNight.cancelled(booked);

    assertThat(queued(booked)).containsExactly("CANCELLATION_NOTICE 2026-11-21T13:00:00Z");
  }
}
