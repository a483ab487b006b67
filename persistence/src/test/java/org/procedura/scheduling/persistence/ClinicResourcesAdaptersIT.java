package org.procedura.scheduling.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.procedura.scheduling.persistence.SchedulingFixtures.clinician;
import static org.procedura.scheduling.persistence.SchedulingFixtures.room;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.procedura.catalog.model.CareSetting;
import org.procedura.catalog.model.ImagingModality;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.scheduling.model.Clinician;
import org.procedura.scheduling.model.Clinicians;
import org.procedura.scheduling.model.IdempotencyKey;
import org.procedura.scheduling.model.IdempotencyKeys;
import org.procedura.scheduling.model.ResourceRef;
import org.procedura.scheduling.model.Room;
import org.procedura.scheduling.model.RoomKind;
import org.procedura.scheduling.model.Rooms;
import org.procedura.scheduling.model.TimeSlot;
import org.procedura.scheduling.model.Unavailability;
import org.procedura.scheduling.model.WeeklyHours;
import org.procedura.scheduling.model.WorkingTime;
import org.procedura.scheduling.model.WorkingWindow;
import org.procedura.shared.model.ConflictException;
import org.procedura.shared.model.UnprocessableException;
import org.procedura.testing.RealDatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class ClinicResourcesAdaptersIT extends RealDatabaseTest {
  @Autowired Clinicians clinicians;
  @Autowired Rooms rooms;
  @Autowired WorkingTime workingTime;
  @Autowired IdempotencyKeys idempotencyKeys;
  @Autowired TransactionTemplate transaction;

  @Test
  void storesAClinicianWithCredentialsAndRefusesASecondWithTheSameNpi() {
    Clinician saved = inTransaction(() -> clinicians.save(clinician()));
    saved.revise(
        0,
        new Clinician.Profile(
            saved.getDisplayName(),
            saved.getProfile().npi(),
            Set.of(new ProcedureTypeCode("RFA_LUMB"), new ProcedureTypeCode("MBB_LUMB")),
            true));
    inTransaction(() -> clinicians.save(saved));

    Clinician reloaded = inTransaction(() -> clinicians.find(saved.getId()).orElseThrow());
    assertThat(reloaded.getProfile().credentials())
        .containsExactlyInAnyOrder(
            new ProcedureTypeCode("RFA_LUMB"), new ProcedureTypeCode("MBB_LUMB"));
    assertThat(reloaded.getVersion()).isEqualTo(1);
    Clinician twin =
        Clinician.register(
            new Clinician.Profile("Dr. Twin", saved.getProfile().npi(), Set.of(), true));
    assertThatThrownBy(() -> inTransaction(() -> clinicians.save(twin)))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining(saved.getProfile().npi().value());
  }

  @Test
  void storesARoomWithItsImagingAndCareSetting() {
    Room saved = inTransaction(() -> rooms.save(room()));
    Room reloaded = inTransaction(() -> rooms.find(saved.getId()).orElseThrow());

    assertThat(reloaded.getSetup()).isEqualTo(saved.getSetup());
    assertThat(reloaded.getSetup().imaging()).containsExactly(ImagingModality.FLUOROSCOPY);
    assertThat(reloaded.getSetup().careSetting()).isEqualTo(CareSetting.AMBULATORY_SURGERY_CENTER);
    Room consult =
        inTransaction(
            () ->
                rooms.save(
                    Room.open(
                        new Room.Setup(
                            "Consult " + UUID.randomUUID(),
                            RoomKind.CONSULT_ROOM,
                            Set.of(),
                            true,
                            null))));
    assertThat(inTransaction(() -> rooms.find(consult.getId()).orElseThrow()).getSetup())
        .satisfies(setup -> assertThat(setup.imaging()).isEmpty())
        .satisfies(setup -> assertThat(setup.careSetting()).as("the clinic's").isNull());
  }

  @Test
  void replacesWeeklyHoursWhole() {
    ResourceRef ref = ResourceRef.of(inTransaction(() -> clinicians.save(clinician())).getId());
    var monday = new WorkingWindow(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0));
    var mondayAfternoon =
        new WorkingWindow(DayOfWeek.MONDAY, LocalTime.of(13, 0), LocalTime.of(17, 30));
    var friday = new WorkingWindow(DayOfWeek.FRIDAY, LocalTime.of(7, 30), LocalTime.of(11, 0));

    inTransaction(() -> replace(ref, new WeeklyHours(List.of(monday, friday))));
    inTransaction(() -> replace(ref, new WeeklyHours(List.of(mondayAfternoon, monday))));

    assertThat(workingTime.hoursOf(List.of(ref)).get(ref).windows())
        .containsExactly(monday, mondayAfternoon);
  }

  @Test
  void findsTimeAwayOverlappingAWindow() {
    ResourceRef ref = ResourceRef.of(inTransaction(() -> rooms.save(room())).getId());
    var period =
        new TimeSlot(Instant.parse("2027-01-04T13:00:00Z"), Instant.parse("2027-01-04T17:00:00Z"));
    inTransaction(() -> add(Unavailability.of(ref, period, "C-arm service")));

    var overlapping =
        workingTime.unavailability(
            List.of(ref),
            new TimeSlot(
                Instant.parse("2027-01-04T16:00:00Z"), Instant.parse("2027-01-05T00:00:00Z")));
    var after =
        workingTime.unavailability(
            List.of(ref),
            new TimeSlot(
                Instant.parse("2027-01-04T17:00:00Z"), Instant.parse("2027-01-05T00:00:00Z")));

    assertThat(overlapping).extracting(Unavailability::reason).containsExactly("C-arm service");
    assertThat(overlapping.getFirst().period()).isEqualTo(period);
    assertThat(after).isEmpty();
  }

  @Test
  void anIdempotencyKeyAnswersTheSameRequestAndRefusesAnother() {
    var key = new IdempotencyKey("key-" + UUID.randomUUID());
    var booked = new AppointmentId(UUID.randomUUID());

    assertThat(inTransaction(() -> claimAndComplete(key, "fingerprint-a", booked))).isEmpty();
    assertThat(inTransaction(() -> idempotencyKeys.claim(key, "fingerprint-a"))).contains(booked);
    assertThatThrownBy(() -> inTransaction(() -> idempotencyKeys.claim(key, "fingerprint-b")))
        .isInstanceOf(UnprocessableException.class)
        .hasMessageContaining("different request");
  }

  private java.util.Optional<AppointmentId> claimAndComplete(
      IdempotencyKey key, String fingerprint, AppointmentId booked) {
    var claimed = idempotencyKeys.claim(key, fingerprint);
    idempotencyKeys.complete(key, booked);
    return claimed;
  }

  private Void replace(ResourceRef ref, WeeklyHours hours) {
    workingTime.replaceHours(ref, hours);
    return null;
  }

  private Void add(Unavailability away) {
    workingTime.add(away);
    return null;
  }

  private <T> T inTransaction(Supplier<T> work) {
    return transaction.execute(status -> work.get());
  }
}
