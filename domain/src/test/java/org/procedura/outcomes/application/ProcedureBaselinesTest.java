package org.procedura.outcomes.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.shared.model.DomainAssertions.assertConflict;
import static org.procedura.shared.model.DomainAssertions.assertUnprocessable;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.catalog.model.SpinalRegion;
import org.procedura.outcomes.model.FollowUpProtocol;
import org.procedura.outcomes.model.FollowUpProtocols;
import org.procedura.outcomes.model.InMemoryBaselines;
import org.procedura.outcomes.model.Measure;
import org.procedura.outcomes.model.ProcedureRecord;
import org.procedura.outcomes.model.ProcedureRecords;
import org.procedura.outcomes.model.Scale;
import org.procedura.patient.model.PatientId;
import org.procedura.scheduling.model.Appointment;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.scheduling.model.ClinicianId;
import org.procedura.scheduling.model.InMemoryAppointments;
import org.procedura.scheduling.model.Laterality;
import org.procedura.scheduling.model.Placement;
import org.procedura.scheduling.model.ProcedureSite;
import org.procedura.scheduling.model.RoomId;
import org.procedura.scheduling.model.TimeSlot;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.Stamp;

/**
 * The baseline before a procedure: corrected until the procedure is completed, fixed after it (the
 * follow-ups are compared with it).
 */
class ProcedureBaselinesTest {
  private static final ProcedureTypeCode ESI = new ProcedureTypeCode("ESI_TF_LUMB");
  private static final Instant START = Instant.parse("2027-06-15T13:00:00Z");
  private static final Actor NURSE = new Actor("nurse.kim");
  private static final Actor PHYSICIAN = new Actor("dr.alvarez");

  private final MovableClock clock = new MovableClock(START.minus(Duration.ofHours(1)));
  private final InMemoryAppointments appointments = new InMemoryAppointments();
  private final Map<AppointmentId, ProcedureRecord> completed = new HashMap<>();
  private final InMemoryBaselines stored = new InMemoryBaselines();
  private final Map<ProcedureTypeCode, FollowUpProtocol> protocols = new HashMap<>();
  private final ProcedureBaselines baselines =
      new ProcedureBaselines(stored, records(), appointments, protocols(), clock);

  @Test
  void beforeTheProcedureIsCompletedAScoreRecordedAgainCorrectsTheOneOnItsScale() {
    var procedure = booked();

    baselines.record(procedure.getId(), List.of(Measure.nrs(8)), NURSE);
    clock.advance(Duration.ofMinutes(5));
    baselines.record(procedure.getId(), List.of(Measure.nrs(6)), PHYSICIAN);

    var recorded = baselines.of(procedure.getId());
    assertThat(recorded.scores()).containsExactly(Map.entry(Scale.NRS, Measure.nrs(6)));
    assertThat(recorded.lastRecorded()).contains(new Stamp(clock.instant(), PHYSICIAN));
  }

  @Test
  void onceCompletedAnotherScoreOnARecordedScaleIsRefusedAndTheSameChangesNothing() {
    var procedure = booked();
    baselines.record(procedure.getId(), List.of(Measure.nrs(8)), NURSE);
    completed.put(procedure.getId(), ProcedureRecord.completed(procedure, START.plusSeconds(1800)));

    baselines.record(procedure.getId(), List.of(Measure.nrs(8)), NURSE);
    assertConflict(
        "BASELINE_RECORDED",
        () -> baselines.record(procedure.getId(), List.of(Measure.nrs(7)), NURSE));
    baselines.record(
        procedure.getId(),
        List.of(Measure.of(Scale.ODI, null, List.of(2, 2, 2, 2, 2, 2, 2, 2, 2, 2))),
        NURSE);

    assertThat(baselines.of(procedure.getId()).scores())
        .containsEntry(Scale.NRS, Measure.nrs(8))
        .containsKey(Scale.ODI);
  }

  @Test
  void aCancelledProcedureTakesNoBaselineAndARelativeScaleIsNoBaseline() {
    var procedure = booked();
    procedure.cancel("patient moved away", new Stamp(clock.instant(), NURSE));
    appointments.save(procedure);

    assertUnprocessable(
        "NOT_TO_BE_DONE",
        () -> baselines.record(procedure.getId(), List.of(Measure.nrs(6)), NURSE));
    assertUnprocessable(
        "RELATIVE_SCALE",
        () ->
            baselines.record(
                booked().getId(),
                List.of(Measure.of(Scale.PERCENT_RELIEF, BigDecimal.TEN, null)),
                NURSE));
    assertThat(stored.isEmpty()).isTrue();
  }

  @Test
  void theScalesOfTheBaselineAreThoseTheProtocolMeasuresOrNrsWithoutOne() {
    protocols.put(ESI, new FollowUpProtocol(ESI, List.of(), List.of(), Set.of(Scale.ODI), null));

    assertThat(baselines.scalesFor(ESI)).containsExactlyInAnyOrder(Scale.NRS, Scale.ODI);
    assertThat(baselines.scalesFor(new ProcedureTypeCode("TPI"))).containsExactly(Scale.NRS);
  }

  private Appointment booked() {
    var appointment =
        Appointment.bookProcedure(
            PatientId.newId(),
            ESI,
            new ProcedureSite(SpinalRegion.LUMBAR, List.of("L4-L5"), Laterality.LEFT),
            null,
            new Placement(
                ClinicianId.newId(),
                RoomId.newId(),
                new TimeSlot(START, START.plus(Duration.ofMinutes(30))),
                Duration.ofMinutes(10)),
            new Stamp(clock.instant(), NURSE));
    return appointments.save(appointment);
  }

  private ProcedureRecords records() {
    return new ProcedureRecords() {
      @Override
      public Optional<ProcedureRecord> find(AppointmentId procedure) {
        return Optional.ofNullable(completed.get(procedure));
      }

      @Override
      public ProcedureRecord save(ProcedureRecord record) {
        throw new UnsupportedOperationException();
      }

      @Override
      public List<ProcedureRecord> ofPatient(PatientId patient) {
        throw new UnsupportedOperationException();
      }
    };
  }

  private FollowUpProtocols protocols() {
    return new FollowUpProtocols() {
      @Override
      public List<FollowUpProtocol> all() {
        return List.copyOf(protocols.values());
      }

      @Override
      public Optional<FollowUpProtocol> find(ProcedureTypeCode procedureType) {
        return Optional.ofNullable(protocols.get(procedureType));
      }

      @Override
      public FollowUpProtocol save(FollowUpProtocol protocol) {
        throw new UnsupportedOperationException();
      }
    };
  }

  private static final class MovableClock extends Clock {
    private Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
