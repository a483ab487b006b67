package org.procedura.outcomes.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.procedura.outcomes.model.ClosureReason;
import org.procedura.outcomes.model.Contact;
import org.procedura.outcomes.model.FollowUp;
import org.procedura.outcomes.model.FollowUpStatus;
import org.procedura.outcomes.model.FollowUpStep;
import org.procedura.outcomes.model.FollowUps;
import org.procedura.outcomes.model.Measure;
import org.procedura.outcomes.model.ProcedureRecord;
import org.procedura.outcomes.model.ProcedureRecords;
import org.procedura.outcomes.model.Scale;
import org.procedura.patient.model.Patient;
import org.procedura.patient.model.Patients;
import org.procedura.scheduling.model.Appointment;
import org.procedura.scheduling.model.Appointments;
import org.procedura.scheduling.model.Clinician;
import org.procedura.scheduling.model.Clinicians;
import org.procedura.scheduling.model.Room;
import org.procedura.scheduling.model.Rooms;
import org.procedura.scheduling.persistence.SchedulingFixtures;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.StaleVersionException;
import org.procedura.shared.model.Stamp;
import org.procedura.testing.RealDatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class FollowUpsJpaAdapterIT extends RealDatabaseTest {
  private static final Instant START = SchedulingFixtures.nextMonday9am();
  private static final LocalDate PROCEDURE_DAY = LocalDate.of(2027, 3, 1);
  private static final FollowUpStep TWO_WEEKS = new FollowUpStep("2 weeks", Period.ofWeeks(2), 3);
  private static final FollowUpStep SIX_WEEKS = new FollowUpStep("6 weeks", Period.ofWeeks(6), 7);
  private static final Stamp CALLED =
      new Stamp(Instant.parse("2027-03-15T16:00:00Z"), new Actor("nurse"));
  private static final Map<Scale, Measure> BASELINE = Map.of(Scale.NRS, Measure.nrs(8));

  @Autowired FollowUps followUps;
  @Autowired ProcedureRecords records;
  @Autowired Appointments appointments;
  @Autowired Patients patients;
  @Autowired Clinicians clinicians;
  @Autowired Rooms rooms;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcTemplate jdbc;

  @Test
  void storesAPlannedFollowUpAndReloadsItsRecordingWithTheMeasuresInScaleOrder() {
    FollowUp.Course course = completedProcedure();
    FollowUp planned = save(FollowUp.plan(course, TWO_WEEKS, PROCEDURE_DAY));
    assertThat(planned.getVersion()).isZero();
    assertThat(planned.getStatus()).isEqualTo(FollowUpStatus.DUE);
    assertThat(planned.getWindow()).isEqualTo(find(planned).getWindow());

    List<Measure> reported =
        List.of(Measure.of(Scale.PERCENT_RELIEF, new BigDecimal("60"), List.of()), Measure.nrs(3));
    FollowUp recorded =
        change(
            planned,
            f -> f.record(Contact.CALL, reported, BASELINE, PROCEDURE_DAY.plusWeeks(2), CALLED));
    FollowUp reloaded = find(planned);

    assertThat(recorded.getVersion()).isEqualTo(1);
    assertThat(reloaded.getCourse()).isEqualTo(course);
    assertThat(reloaded.getStatus()).isEqualTo(FollowUpStatus.DONE);
    assertThat(reloaded.getContact()).isEqualTo(Contact.CALL);
    assertThat(reloaded.getDone()).isEqualTo(CALLED);
    assertThat(reloaded.isRecordedLate()).isFalse();
    assertThat(reloaded.getMeasures())
        .extracting(Measure::scale)
        .containsExactly(Scale.NRS, Scale.PERCENT_RELIEF);
    assertThat(reloaded.getMeasures().getFirst().score()).isEqualByComparingTo("3.0");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from outcome_measure where measured_at_point = ?",
                Integer.class,
                planned.getId().toString()))
        .isEqualTo(2);
  }

  @Test
  void keepsTheClosureOfAMissedFollowUpAndListsEachByItsWorklist() {
    FollowUp.Course course = completedProcedure();
    FollowUp twoWeeks = save(FollowUp.plan(course, TWO_WEEKS, PROCEDURE_DAY));
    FollowUp sixWeeks = save(FollowUp.plan(course, SIX_WEEKS, PROCEDURE_DAY));
    LocalDate afterTwoWeeksClosed = PROCEDURE_DAY.plusWeeks(2).plusDays(4);

    assertThat(ids(transaction.execute(s -> followUps.ofProcedure(course.procedure()))))
        .containsExactly(twoWeeks.getId().toString(), sixWeeks.getId().toString());
    assertThat(ids(transaction.execute(s -> followUps.ofPatient(course.patient()))))
        .containsExactly(twoWeeks.getId().toString(), sixWeeks.getId().toString());
    assertThat(
            ids(
                transaction.execute(
                    s -> followUps.stillDueWithWindowClosedBefore(afterTwoWeeksClosed))))
        .contains(twoWeeks.getId().toString())
        .doesNotContain(sixWeeks.getId().toString());
    assertThat(
            ids(
                transaction.execute(
                    s ->
                        followUps.dueBetween(
                            PROCEDURE_DAY.plusWeeks(6),
                            PROCEDURE_DAY.plusWeeks(7),
                            course.physician()))))
        .containsExactly(sixWeeks.getId().toString());
    assertThat(
            ids(
                transaction.execute(
                    s ->
                        followUps.dueBetween(
                            null, PROCEDURE_DAY.plusWeeks(7), course.physician()))))
        .containsExactly(twoWeeks.getId().toString(), sixWeeks.getId().toString());

    FollowUp missed = change(twoWeeks, f -> f.markMissed(afterTwoWeeksClosed));
    var closure = new FollowUp.Closure(ClosureReason.OTHER, "moved abroad", CALLED);
    assertThat(ids(transaction.execute(s -> followUps.missed(course.physician()))))
        .containsExactly(twoWeeks.getId().toString());
    FollowUp closed = change(missed, f -> f.close(closure));

    assertThat(closed.getVersion()).isEqualTo(2);
    assertThat(find(twoWeeks).getClosure()).isEqualTo(closure);
    assertThat(find(twoWeeks).getStatus()).isEqualTo(FollowUpStatus.CLOSED);
    assertThat(ids(transaction.execute(s -> followUps.missed(course.physician())))).isEmpty();
  }

  @Test
  void refusesAChangeSavedFromAStaleCopy() {
    FollowUp planned = save(FollowUp.plan(completedProcedure(), TWO_WEEKS, PROCEDURE_DAY));
    FollowUp stale = find(planned);
    change(planned, f -> f.markMissed(PROCEDURE_DAY.plusWeeks(3)));
    stale.record(
        Contact.CALL, List.of(Measure.nrs(4)), BASELINE, PROCEDURE_DAY.plusWeeks(2), CALLED);

    assertThatThrownBy(() -> save(stale)).isInstanceOf(StaleVersionException.class);
    assertThat(find(planned).getStatus()).isEqualTo(FollowUpStatus.MISSED);
    assertThat(find(planned).getMeasures()).isEmpty();
  }

  @Test
  void twoConcurrentRecordingsOfTheSameVersionLetExactlyOneWin() throws Exception {
    FollowUp planned = save(FollowUp.plan(completedProcedure(), TWO_WEEKS, PROCEDURE_DAY));
    int writers = 2;
    var barrier = new CyclicBarrier(writers);
    List<Future<Boolean>> outcomes = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(writers)) {
      for (int i = 0; i < writers; i++) {
        int nrs = 2 + i;
        outcomes.add(
            pool.submit(
                () -> {
                  try {
                    return transaction.execute(
                        status -> {
                          FollowUp loaded = followUps.find(planned.getId()).orElseThrow();
                          awaitQuietly(barrier);
                          loaded.record(
                              Contact.CALL,
                              List.of(Measure.nrs(nrs)),
                              BASELINE,
                              PROCEDURE_DAY.plusWeeks(2),
                              CALLED);
                          followUps.save(loaded);
                          return true;
                        });
                  } catch (StaleVersionException e) {
                    return false;
                  }
                }));
      }
    }
    long winners = 0;
    for (Future<Boolean> outcome : outcomes) {
      winners += outcome.get() ? 1 : 0;
    }

    assertThat(winners).isEqualTo(1);
    FollowUp stored = find(planned);
    assertThat(stored.getVersion()).isEqualTo(1);
    assertThat(stored.getMeasures()).hasSize(1);
  }

  /** A procedure appointment of its own patient, physician and room, completed and recorded. */
  private FollowUp.Course completedProcedure() {
    return transaction.execute(
        status -> {
          Patient patient = patients.save(SchedulingFixtures.patient());
          Clinician clinician = clinicians.save(SchedulingFixtures.clinician());
          Room room = rooms.save(SchedulingFixtures.room());
          Appointment appointment =
              appointments.save(SchedulingFixtures.procedure(patient, clinician, room, START));
          ProcedureRecord record =
              records.save(ProcedureRecord.completed(appointment, START.plusSeconds(1800)));
          return record.getCourse();
        });
  }

  private FollowUp save(FollowUp followUp) {
    return transaction.execute(status -> followUps.save(followUp));
  }

  private FollowUp change(FollowUp followUp, Consumer<FollowUp> step) {
    return transaction.execute(
        status -> {
          FollowUp loaded = followUps.find(followUp.getId()).orElseThrow();
          step.accept(loaded);
          return followUps.save(loaded);
        });
  }

  private FollowUp find(FollowUp followUp) {
    return transaction.execute(status -> followUps.find(followUp.getId()).orElseThrow());
  }

  private static List<String> ids(List<FollowUp> found) {
    return found.stream().map(f -> f.getId().toString()).toList();
  }

  private static void awaitQuietly(CyclicBarrier barrier) {
    try {
      barrier.await();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
