package org.procedura.outcomes.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.scheduling.model.SchedulingFixtures.CLINIC_ZONE;
import static org.procedura.scheduling.model.SchedulingFixtures.FRONT_DESK;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.catalog.model.SpinalRegion;
import org.procedura.outcomes.model.FollowUp;
import org.procedura.outcomes.model.FollowUpProtocol;
import org.procedura.outcomes.model.FollowUpStep;
import org.procedura.outcomes.model.InMemoryFollowUpProtocols;
import org.procedura.outcomes.model.InMemoryFollowUps;
import org.procedura.outcomes.model.InMemoryProcedureRecords;
import org.procedura.patient.model.PatientId;
import org.procedura.scheduling.model.Appointment;
import org.procedura.scheduling.model.ClinicianId;
import org.procedura.scheduling.model.Laterality;
import org.procedura.scheduling.model.Placement;
import org.procedura.scheduling.model.ProcedureSite;
import org.procedura.scheduling.model.RoomId;
import org.procedura.scheduling.model.TimeSlot;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.Stamp;

class FollowUpPlanningTest {
  private static final ProcedureTypeCode ESI = new ProcedureTypeCode("ESI_TF_LUMB");
  private static final ProcedureTypeCode TPI = new ProcedureTypeCode("TPI");
  private static final Actor PHYSICIAN = new Actor("dr.okafor");

  /** 22:30 on Friday 20 November in New York, already Saturday in UTC. */
  private static final Instant LATE_FRIDAY = Instant.parse("2026-11-21T03:30:00Z");

  private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);

  private final InMemoryProcedureRecords records = new InMemoryProcedureRecords();
  private final InMemoryFollowUpProtocols protocols = new InMemoryFollowUpProtocols();
  private final InMemoryFollowUps followUps = new InMemoryFollowUps();
  private final FollowUpPlanning planning =
      new FollowUpPlanning(records, protocols, followUps, CLINIC_ZONE);

  @Test
  void completionOpensTheRecordAndPlansTheProtocolFromTheDayInTheClinicsZone() {
    protocols.save(
        new FollowUpProtocol(
            ESI,
            List.of(
                new FollowUpStep("2 weeks", Period.ofWeeks(2), 4),
                new FollowUpStep("3 months", Period.ofMonths(3), 14)),
            List.of(),
            Set.of(),
            null));
    Appointment procedure = completed(ESI);

    planning.procedureCompleted(procedure, new Stamp(LATE_FRIDAY, PHYSICIAN));

    assertThat(records.find(procedure.getId()))
        .hasValueSatisfying(
            record -> {
              assertThat(record.getCompletedAt()).isEqualTo(LATE_FRIDAY);
              assertThat(record.getRegion()).isEqualTo(SpinalRegion.LUMBAR);
              assertThat(record.getRevisions()).isEmpty();
            });
    assertThat(followUps.ofProcedure(procedure.getId()))
        .extracting(FollowUp::getLabel, f -> f.getWindow().due(), f -> f.getWindow().closes())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                "2 weeks", FRIDAY.plusWeeks(2), FRIDAY.plusWeeks(2).plusDays(4)),
            org.assertj.core.groups.Tuple.tuple(
                "3 months", FRIDAY.plusMonths(3), FRIDAY.plusMonths(3).plusDays(14)));
  }

  @Test
  void aTypeWithoutAProtocolGetsItsRecordAndNoFollowUps() {
    Appointment procedure = completed(TPI);

    planning.procedureCompleted(procedure, new Stamp(LATE_FRIDAY, PHYSICIAN));

    assertThat(records.find(procedure.getId())).isPresent();
    assertThat(followUps.ofProcedure(procedure.getId())).isEmpty();
  }

  private static Appointment completed(ProcedureTypeCode type) {
    Instant start = LATE_FRIDAY.minus(Duration.ofHours(1));
    return Appointment.bookProcedure(
        PatientId.newId(),
        type,
        new ProcedureSite(SpinalRegion.LUMBAR, List.of("L4-L5"), Laterality.LEFT),
        null,
        new Placement(
            ClinicianId.newId(),
            RoomId.newId(),
            new TimeSlot(start, start.plus(Duration.ofMinutes(30))),
            Duration.ofMinutes(10)),
        new Stamp(start.minus(Duration.ofDays(7)), FRONT_DESK));
  }
}
