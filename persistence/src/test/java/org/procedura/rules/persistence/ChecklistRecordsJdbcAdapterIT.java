package org.procedura.rules.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.scheduling.persistence.SchedulingFixtures.clinician;
import static org.procedura.scheduling.persistence.SchedulingFixtures.nextMonday9am;
import static org.procedura.scheduling.persistence.SchedulingFixtures.patient;
import static org.procedura.scheduling.persistence.SchedulingFixtures.procedure;
import static org.procedura.scheduling.persistence.SchedulingFixtures.room;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.procedura.patient.model.Patients;
import org.procedura.rules.model.ChecklistEntry;
import org.procedura.rules.model.ChecklistItem;
import org.procedura.rules.model.ChecklistRecords;
import org.procedura.rules.model.ChecklistValue;
import org.procedura.rules.model.Meal;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.scheduling.model.Appointments;
import org.procedura.scheduling.model.Clinicians;
import org.procedura.scheduling.model.Rooms;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.Stamp;
import org.procedura.testing.RealDatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class ChecklistRecordsJdbcAdapterIT extends RealDatabaseTest {
  private static final Actor NURSE = new Actor("nurse.ng");
  private static final Instant EARLY = Instant.parse("2027-03-01T12:00:00Z");

  @Autowired ChecklistRecords checklist;
  @Autowired Appointments appointments;
  @Autowired Patients patients;
  @Autowired Clinicians clinicians;
  @Autowired Rooms rooms;
  @Autowired TransactionTemplate transaction;

  @Test
  void everyKindOfValueIsReadBackAsRecordedInTheOrderRecorded() {
    AppointmentId booked = anAppointment();
    List<ChecklistEntry> recorded =
        List.of(
            entry(ChecklistItem.CONSENT_SIGNED, new ChecklistValue.Answer(true), 0),
            entry(ChecklistItem.CONTRAST_ALLERGY_CHECKED, new ChecklistValue.Checked(), 1),
            entry(ChecklistItem.INR, new ChecklistValue.Reading(new BigDecimal("1.2")), 2),
            entry(
                ChecklistItem.LAST_SOLID_FOOD,
                new ChecklistValue.LastMeal(Instant.parse("2027-03-01T06:30:00Z"), Meal.LIGHT),
                3));

    transaction.executeWithoutResult(s -> recorded.forEach(e -> checklist.record(booked, e)));

    assertThat(checklist.of(booked)).containsExactlyElementsOf(recorded);
  }

  @Test
  void aCorrectionIsAddedAfterWhatItCorrects() {
    AppointmentId booked = anAppointment();
    var first = entry(ChecklistItem.INR, new ChecklistValue.Reading(new BigDecimal("1.6")), 0);
    var corrected = entry(ChecklistItem.INR, new ChecklistValue.Reading(new BigDecimal("1.3")), 5);

    transaction.executeWithoutResult(
        s -> {
          checklist.record(booked, first);
          checklist.record(booked, corrected);
        });

    assertThat(checklist.of(booked)).containsExactly(first, corrected);
  }

  @Test
  void anotherAppointmentsChecklistIsItsOwn() {
    AppointmentId booked = anAppointment();
    transaction.executeWithoutResult(
        s ->
            checklist.record(
                booked, entry(ChecklistItem.CONSENT_SIGNED, new ChecklistValue.Answer(true), 0)));

    assertThat(checklist.of(anAppointment())).isEmpty();
  }

  private static ChecklistEntry entry(ChecklistItem item, ChecklistValue value, int minutesLater) {
    return new ChecklistEntry(item, value, new Stamp(EARLY.plusSeconds(60L * minutesLater), NURSE));
  }

  private AppointmentId anAppointment() {
    return transaction.execute(
        s ->
            appointments
                .save(
                    procedure(
                        patients.save(patient()),
                        clinicians.save(clinician()),
                        rooms.save(room()),
                        nextMonday9am()))
                .getId());
  }
}
