package org.procedura.outcomes.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.procedura.outcomes.model.OutcomeFixtures.DOCTOR;
import static org.procedura.outcomes.model.OutcomeFixtures.DONE;
import static org.procedura.outcomes.model.OutcomeFixtures.RFA;
import static org.procedura.shared.model.DomainAssertions.assertInvalid;
import static org.procedura.shared.model.DomainAssertions.assertStale;
import static org.procedura.shared.model.DomainAssertions.assertUnprocessable;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.procedura.catalog.model.InMemoryProcedureTypes;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.catalog.model.SpinalRegion;
import org.procedura.outcomes.model.FollowUpProtocol;
import org.procedura.outcomes.model.InMemoryBaselines;
import org.procedura.outcomes.model.InMemoryFollowUpProtocols;
import org.procedura.outcomes.model.InMemoryFollowUps;
import org.procedura.outcomes.model.InMemoryProcedureRecords;
import org.procedura.outcomes.model.Measure;
import org.procedura.outcomes.model.OutcomeFixtures;
import org.procedura.outcomes.model.ProcedureDetails;
import org.procedura.outcomes.model.ProcedureRecord;
import org.procedura.outcomes.model.Scale;
import org.procedura.scheduling.model.Appointment;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.scheduling.model.ClinicianId;
import org.procedura.scheduling.model.InMemoryAppointments;
import org.procedura.scheduling.model.Laterality;
import org.procedura.scheduling.model.Placement;
import org.procedura.scheduling.model.ProcedureSite;
import org.procedura.scheduling.model.RoomId;
import org.procedura.scheduling.model.TimeSlot;
import org.procedura.shared.model.NotFoundException;
import org.procedura.shared.model.Stamp;

/**
 * The physician's record of a completed procedure through the use case, without Spring: records,
 * catalog, caps, protocols, baselines and appointments in memory. What the record itself refuses is
 * {@code ProcedureRecordTest}'s; here, what the use case decides before and around it.
 */
class ProcedureRecordingTest {
  private static final ZoneId CLINIC_ZONE = ZoneId.of("America/New_York");
  private static final Duration HALF_AN_HOUR = Duration.ofMinutes(30);

  private final InMemoryProcedureRecords records = new InMemoryProcedureRecords();
  private final InMemoryProcedureTypes procedureTypes = new InMemoryProcedureTypes();
  private final InMemoryFollowUpProtocols protocols = new InMemoryFollowUpProtocols();
  private final InMemoryBaselines baselines = new InMemoryBaselines();
  private final InMemoryAppointments appointments = new InMemoryAppointments();
  private final ProcedureRecord completed =
      records.save(
          new ProcedureRecord(
              OutcomeFixtures.course(), SpinalRegion.LUMBAR, DONE, List.of(), List.of(), null));
  private final AppointmentId procedure = completed.getCourse().procedure();

  {
    procedureTypes.save(OutcomeFixtures.RFA_TYPE);
  }

  @Test
  void recordsWhatWasDoneStampedWithWhoAndWhen() {
    Instant now = DONE.plus(Duration.ofHours(2));

    ProcedureView view = recordingAt(now).record(procedure, details(DONE), DOCTOR);

    assertThat(view.record().getRevisions())
        .singleElement()
        .satisfies(
            revision -> {
              assertThat(revision.number()).isEqualTo(1);
              assertThat(revision.recorded()).isEqualTo(new Stamp(now, DOCTOR));
            });
  }

  @Test
  void aProcedurePerformedThisVeryMomentIsRecordedOneASecondLaterIsInTheFuture() {
    assertInvalid(
        "performedAt",
        () -> recordingAt(DONE).record(procedure, details(DONE.plusSeconds(1)), DOCTOR));
    assertThat(stored().getRevisions()).isEmpty();

    recordingAt(DONE).record(procedure, details(DONE), DOCTOR);

    assertThat(stored().getRevisions()).hasSize(1);
  }

  @Test
  void aPerformedAtOffTheClinicsCalendarIsRefused() {
    Instant decadesAgo = Instant.parse("1990-01-15T15:00:00Z");

    assertInvalid(
        "performedAt", () -> recordingAt(DONE).record(procedure, details(decadesAgo), DOCTOR));
    assertThat(stored().getRevisions()).isEmpty();
  }

  @Test
  void aProcedureNotCompletedHasNoRecordToWrite() {
    AppointmentId notCompleted = new AppointmentId(UUID.randomUUID());

    assertThatThrownBy(() -> recordingAt(DONE).record(notCompleted, details(DONE), DOCTOR))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aProcedureTypeNotInTheCatalogIsNotFoundAndNothingIsRecorded() {
    ProcedureDetails unknownType = withType(details(DONE), new ProcedureTypeCode("NO_SUCH"));

    assertThatThrownBy(() -> recordingAt(DONE).record(procedure, unknownType, DOCTOR))
        .isInstanceOf(NotFoundException.class);
    assertThat(stored().getRevisions()).isEmpty();
  }

  @Test
  void anAmendmentOnTheVersionReadIsKeptBesideTheFirstRecord() {
    Instant later = DONE.plus(Duration.ofDays(1));
    recordingAt(DONE).record(procedure, details(DONE), DOCTOR);

    ProcedureView amended =
        recordingAt(later)
            .amend(procedure, 1L, withPain(details(DONE), 1), "pain was 1, not 2", DOCTOR);

    assertThat(amended.record().getRevisions()).hasSize(2);
    assertThat(amended.record().getRevisions().getLast().recorded())
        .isEqualTo(new Stamp(later, DOCTOR));
  }

  @Test
  void anAmendmentOnAStaleVersionChangesNothing() {
    recordingAt(DONE).record(procedure, details(DONE), DOCTOR);

    assertStale(
        0L,
        1L,
        () ->
            recordingAt(DONE)
                .amend(procedure, 0L, withPain(details(DONE), 1), "pain was 1", DOCTOR));
    assertThat(stored().getRevisions()).hasSize(1);
  }

  @Test
  void aDiaryEntryIsTakenAtOneOfTheProtocolsTimePointsOnly() {
    protocols.save(protocolWithDiaryPoints(List.of(HALF_AN_HOUR)));
    ProcedureRecording recording = recordingAt(DONE.plus(HALF_AN_HOUR));

    assertUnprocessable(
        "NOT_A_DIARY_TIME_POINT",
        () -> recording.addDiaryEntry(procedure, 31, Measure.nrs(3), DOCTOR));
    assertThat(stored().getDiary()).isEmpty();

    ProcedureView view = recording.addDiaryEntry(procedure, 30, Measure.nrs(3), DOCTOR);

    assertThat(view.record().getDiary())
        .singleElement()
        .satisfies(entry -> assertThat(entry.after()).isEqualTo(HALF_AN_HOUR));
  }

  @Test
  void aTypeWithoutAProtocolKeepsNoPainDiary() {
    assertUnprocessable(
        "NO_PAIN_DIARY",
        () -> recordingAt(DONE).addDiaryEntry(procedure, 30, Measure.nrs(3), DOCTOR));
  }

  @Test
  void aCompletedProcedureIsShownWithItsRecord() {
    ProcedureView view = recordingAt(DONE).get(procedure);

    assertThat(view.record()).isNotNull();
    assertThat(view.course()).isEqualTo(completed.getCourse());
  }

  @Test
  void aProcedureStillToBeDoneIsShownWithTheBaselineTakenSoFar() {
    Appointment booked = appointments.save(bookedProcedure());
    ProcedureRecording recording = recordingAt(DONE);

    ProcedureView view = recording.addBaseline(booked.getId(), Measure.nrs(7), DOCTOR);

    assertThat(view.record()).isNull();
    assertThat(view.course().patient()).isEqualTo(booked.getPatient());
    assertThat(view.baseline()).containsEntry(Scale.NRS, Measure.nrs(7));
  }

  @Test
  void aProcedureNeitherBookedNorCompletedIsNotFound() {
    AppointmentId unknown = new AppointmentId(UUID.randomUUID());

    assertThatThrownBy(() -> recordingAt(DONE).get(unknown)).isInstanceOf(NotFoundException.class);
  }

  private ProcedureRecording recordingAt(Instant now) {
    Clock clock = Clock.fixed(now, CLINIC_ZONE);
    return new ProcedureRecording(
        records,
        procedureTypes,
        () -> OutcomeFixtures.CAPS,
        new ProcedureBaselines(baselines, records, appointments, protocols, clock),
        protocols,
        new ProcedureCourses(baselines, new InMemoryFollowUps(), CLINIC_ZONE),
        clock);
  }

  private ProcedureRecord stored() {
    return records.find(procedure).orElseThrow();
  }

  private static ProcedureDetails details(Instant performedAt) {
    ProcedureDetails d = OutcomeFixtures.details(List.of());
    return new ProcedureDetails(
        performedAt,
        d.procedureType(),
        d.site(),
        d.imaging(),
        d.fluoroscopySeconds(),
        d.fluoroscopyDoseMgy(),
        d.contrastMl(),
        d.injectates(),
        d.sedation(),
        d.complication(),
        d.immediatePain());
  }

  private static ProcedureDetails withType(ProcedureDetails d, ProcedureTypeCode type) {
    return new ProcedureDetails(
        d.performedAt(),
        type,
        d.site(),
        d.imaging(),
        d.fluoroscopySeconds(),
        d.fluoroscopyDoseMgy(),
        d.contrastMl(),
        d.injectates(),
        d.sedation(),
        d.complication(),
        d.immediatePain());
  }

  private static ProcedureDetails withPain(ProcedureDetails d, int immediatePain) {
    return new ProcedureDetails(
        d.performedAt(),
        d.procedureType(),
        d.site(),
        d.imaging(),
        d.fluoroscopySeconds(),
        d.fluoroscopyDoseMgy(),
        d.contrastMl(),
        d.injectates(),
        d.sedation(),
        d.complication(),
        immediatePain);
  }

  private static FollowUpProtocol protocolWithDiaryPoints(List<Duration> points) {
    return new FollowUpProtocol(
        RFA, List.of(OutcomeFixtures.sixWeeks()), points, Set.of(Scale.NRS), null);
  }

  private static Appointment bookedProcedure() {
    Instant start = DONE.plus(Duration.ofDays(1));
    return Appointment.bookProcedure(
        OutcomeFixtures.course().patient(),
        RFA,
        new ProcedureSite(SpinalRegion.LUMBAR, List.of("L4-L5"), Laterality.RIGHT),
        null,
        new Placement(
            ClinicianId.newId(),
            new RoomId(UUID.randomUUID()),
            new TimeSlot(start, start.plus(HALF_AN_HOUR)),
            Duration.ofMinutes(10)),
        new Stamp(DONE, DOCTOR));
  }
}
