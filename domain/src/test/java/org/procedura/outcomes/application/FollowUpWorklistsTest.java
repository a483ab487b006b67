package org.procedura.outcomes.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.scheduling.model.SchedulingFixtures.CLINIC_ZONE;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.outcomes.model.FollowUp;
import org.procedura.outcomes.model.FollowUpStep;
import org.procedura.outcomes.model.InMemoryFollowUps;
import org.procedura.patient.model.PatientId;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.scheduling.model.ClinicianId;

class FollowUpWorklistsTest {
  /** 23:00 on Monday 7 December in New York: already Tuesday in UTC. */
  private static final Clock LATE_MONDAY =
      Clock.fixed(Instant.parse("2026-12-08T04:00:00Z"), ZoneOffset.UTC);

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
  private static final FollowUpStep TWO_WEEKS = new FollowUpStep("2 weeks", Period.ofWeeks(2), 4);

  private final InMemoryFollowUps followUps = new InMemoryFollowUps();
  private final FollowUpWorklists worklists =
      new FollowUpWorklists(followUps, LATE_MONDAY, CLINIC_ZONE);
  private final ClinicianId okafor = ClinicianId.newId();
  private final ClinicianId brennan = ClinicianId.newId();

  @Test
  void thisWeekRunsFromTodayToSixDaysAheadInTheClinicsZone() {
    FollowUp today = dueOn(TODAY, okafor);
    FollowUp lastDay = dueOn(TODAY.plusDays(6), okafor);
    dueOn(TODAY.plusDays(7), okafor);
    dueOn(TODAY.minusDays(1), okafor);

    assertThat(worklists.dueThisWeek(null))
        .extracting(FollowUp::getId)
        .containsExactly(today.getId(), lastDay.getId());
  }

  @Test
  void overdueIsDueBeforeTodayAndStillNotDone() {
    FollowUp yesterday = dueOn(TODAY.minusDays(1), okafor);
    dueOn(TODAY, okafor);

    assertThat(worklists.overdue(null))
        .extracting(FollowUp::getId)
        .containsExactly(yesterday.getId());
  }

  @Test
  void aPhysiciansListHoldsOnlyTheirProcedures() {
    FollowUp mine = dueOn(TODAY.plusDays(2), okafor);
    dueOn(TODAY.plusDays(2), brennan);

    assertThat(worklists.dueThisWeek(okafor))
        .extracting(FollowUp::getId)
        .containsExactly(mine.getId());
    assertThat(worklists.dueThisWeek(null)).hasSize(2);
  }

  private FollowUp dueOn(LocalDate due, ClinicianId physician) {
    var course =
        new FollowUp.Course(
            AppointmentId.newId(),
            PatientId.newId(),
            new ProcedureTypeCode("ESI_TF_LUMB"),
            physician);
    return followUps.save(FollowUp.plan(course, TWO_WEEKS, due.minusWeeks(2)));
  }
}
