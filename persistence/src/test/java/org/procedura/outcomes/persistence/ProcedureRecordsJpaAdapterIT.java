package org.procedura.outcomes.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.procedura.catalog.model.ImagingModality;
import org.procedura.catalog.model.ProcedureType;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.catalog.model.ProcedureTypes;
import org.procedura.catalog.model.Sedation;
import org.procedura.catalog.model.SpinalRegion;
import org.procedura.outcomes.model.Complication;
import org.procedura.outcomes.model.ComplicationCode;
import org.procedura.outcomes.model.DiaryEntry;
import org.procedura.outcomes.model.Injectate;
import org.procedura.outcomes.model.Measure;
import org.procedura.outcomes.model.ProcedureDetails;
import org.procedura.outcomes.model.ProcedureRecord;
import org.procedura.outcomes.model.ProcedureRecords;
import org.procedura.outcomes.model.Revision;
import org.procedura.patient.model.Patient;
import org.procedura.patient.model.Patients;
import org.procedura.scheduling.model.Appointment;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.scheduling.model.Appointments;
import org.procedura.scheduling.model.Clinician;
import org.procedura.scheduling.model.Clinicians;
import org.procedura.scheduling.model.Laterality;
import org.procedura.scheduling.model.ProcedureSite;
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
class ProcedureRecordsJpaAdapterIT extends RealDatabaseTest {
  private static final Instant START = SchedulingFixtures.nextMonday9am();
  private static final Instant COMPLETED = START.plusSeconds(1800);
  private static final ProcedureTypeCode TF_LUMBAR = new ProcedureTypeCode("ESI_TF_LUMB");
  private static final Stamp RECORDED = new Stamp(COMPLETED.plusSeconds(600), new Actor("drlee"));
  private static final Stamp AMENDED = new Stamp(COMPLETED.plusSeconds(7200), new Actor("drlee"));
  private static final List<Duration> DIARY = List.of(Duration.ofMinutes(30), Duration.ofHours(1));

  @Autowired ProcedureRecords records;
  @Autowired ProcedureTypes procedureTypes;
  @Autowired Appointments appointments;
  @Autowired Patients patients;
  @Autowired Clinicians clinicians;
  @Autowired Rooms rooms;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcTemplate jdbc;

  @Test
  void storesACompletedProcedureWithNothingRecordedYet() {
    ProcedureRecord opened = completedProcedure();
    ProcedureRecord found = find(opened);

    assertThat(opened.getVersion()).isZero();
    assertThat(found.getCourse()).isEqualTo(opened.getCourse());
    assertThat(found.getRegion()).isEqualTo(SpinalRegion.LUMBAR);
    assertThat(found.getCompletedAt()).isEqualTo(COMPLETED);
    assertThat(found.getRevisions()).isEmpty();
    assertThat(found.getDiary()).isEmpty();
    List<ProcedureRecord> ofPatient =
        transaction.execute(s -> records.ofPatient(opened.getCourse().patient()));
    assertThat(ofPatient)
        .extracting(ProcedureRecord::getCourse)
        .containsExactly(opened.getCourse());
  }

  @Test
  void keepsEachRevisionWithItsInjectatesInOrderAndAppendsTheAmendment() {
    ProcedureRecord opened = completedProcedure();
    ProcedureType type = transaction.execute(s -> procedureTypes.find(TF_LUMBAR).orElseThrow());
    ProcedureDetails original =
        details(List.of(injectate("Dexamethasone", "6.00"), injectate("Lidocaine 1%", "20.50")));
    ProcedureDetails corrected = details(List.of(injectate("Dexamethasone", "4")));

    ProcedureRecord recorded = change(opened, r -> r.record(original, type, List.of(), RECORDED));
    ProcedureRecord amended =
        change(
            recorded,
            r -> r.amend(1, corrected, type, "dose misread from the syringe", List.of(), AMENDED));
    ProcedureRecord found = find(opened);

    assertThat(recorded.getVersion()).isEqualTo(1);
    assertThat(amended.getVersion()).isEqualTo(2);
    assertThat(found.getRevisions()).extracting(Revision::number).containsExactly(1, 2);
    Revision first = found.getRevisions().getFirst();
    assertThat(first.details()).isEqualTo(original);
    assertThat(first.recorded()).isEqualTo(RECORDED);
    assertThat(first.reason()).isNull();
    assertThat(first.changed()).isEmpty();
    Revision second = found.getRevisions().getLast();
    assertThat(second.details().injectates()).containsExactly(injectate("Dexamethasone", "4.00"));
    assertThat(second.reason()).isEqualTo("dose misread from the syringe");
    assertThat(second.changed()).containsExactly("injectates");
    assertThat(second.recorded()).isEqualTo(AMENDED);
    assertThat(found.current()).contains(second.details());
    assertThat(rows("procedure_injectate", opened)).isEqualTo(3);
  }

  @Test
  void stampsTheRecordChangedWhenOnlyARevisionIsAppended() {
    ProcedureRecord opened = completedProcedure();
    ProcedureType type = transaction.execute(s -> procedureTypes.find(TF_LUMBAR).orElseThrow());
    LocalDateTime longAgo = LocalDateTime.of(2000, 1, 1, 0, 0);
    jdbc.update(
        "update procedure_record set updated_at = ?, updated_by = 'nobody' where appointment_id = ?",
        longAgo,
        procedure(opened).toString());

    change(
        opened,
        r ->
            r.record(details(List.of(injectate("Dexamethasone", "6"))), type, List.of(), RECORDED));

    LocalDateTime updatedAt =
        jdbc.queryForObject(
            "select updated_at from procedure_record where appointment_id = ?",
            LocalDateTime.class,
            procedure(opened).toString());
    assertThat(updatedAt).isAfter(longAgo);
  }

  @Test
  void keepsThePainDiaryInTimeOrder() {
    ProcedureRecord opened = completedProcedure();

    change(opened, r -> r.addDiaryEntry(Duration.ofHours(1), Measure.nrs(3), DIARY, RECORDED));
    ProcedureRecord both =
        change(
            opened, r -> r.addDiaryEntry(Duration.ofMinutes(30), Measure.nrs(1), DIARY, AMENDED));

    assertThat(both.getVersion()).isEqualTo(2);
    assertThat(find(opened).getDiary())
        .containsExactly(
            new DiaryEntry(Duration.ofMinutes(30), Measure.nrs(1), AMENDED),
            new DiaryEntry(Duration.ofHours(1), Measure.nrs(3), RECORDED));
  }

  @Test
  void refusesAChangeSavedFromAStaleCopyAndKeepsTheStoredRevisions() {
    ProcedureRecord opened = completedProcedure();
    ProcedureType type = transaction.execute(s -> procedureTypes.find(TF_LUMBAR).orElseThrow());
    ProcedureRecord stale = find(opened);
    change(opened, r -> r.record(details(List.of()), type, List.of(), RECORDED));
    stale.record(details(List.of(injectate("Dexamethasone", "8"))), type, List.of(), AMENDED);

    assertThatThrownBy(() -> transaction.execute(s -> records.save(stale)))
        .isInstanceOf(StaleVersionException.class);
    ProcedureRecord found = find(opened);
    assertThat(found.getVersion()).isEqualTo(1);
    assertThat(found.getRevisions())
        .singleElement()
        .extracting(Revision::recorded)
        .isEqualTo(RECORDED);
    assertThat(rows("procedure_injectate", opened)).isZero();
  }

  @Test
  void twoAmendmentsOfTheSameVersionLetExactlyOneWin() throws Exception {
    ProcedureRecord opened = completedProcedure();
    ProcedureType type = transaction.execute(s -> procedureTypes.find(TF_LUMBAR).orElseThrow());
    ProcedureRecord recorded =
        change(
            opened,
            r ->
                r.record(
                    details(List.of(injectate("Dexamethasone", "6"))), type, List.of(), RECORDED));
    int writers = 2;
    var barrier = new CyclicBarrier(writers);
    List<Future<Boolean>> outcomes = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(writers)) {
      for (int i = 0; i < writers; i++) {
        String dose = String.valueOf(2 + i);
        outcomes.add(
            pool.submit(
                () -> {
                  try {
                    return transaction.execute(
                        status -> {
                          ProcedureRecord loaded = records.find(procedure(recorded)).orElseThrow();
                          awaitQuietly(barrier);
                          loaded.amend(
                              1,
                              details(List.of(injectate("Dexamethasone", dose))),
                              type,
                              "corrected dose " + dose,
                              List.of(),
                              AMENDED);
                          records.save(loaded);
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
    ProcedureRecord stored = find(opened);
    assertThat(stored.getVersion()).isEqualTo(2);
    assertThat(stored.getRevisions()).extracting(Revision::number).containsExactly(1, 2);
    assertThat(rows("procedure_record_revision", opened)).isEqualTo(2);
    assertThat(rows("procedure_injectate", opened)).isEqualTo(2);
  }

  /** A procedure appointment of its own patient, physician and room, completed. */
  private ProcedureRecord completedProcedure() {
    return transaction.execute(
        status -> {
          Patient patient = patients.save(SchedulingFixtures.patient());
          Clinician clinician = clinicians.save(SchedulingFixtures.clinician());
          Room room = rooms.save(SchedulingFixtures.room());
          Appointment appointment =
              appointments.save(SchedulingFixtures.procedure(patient, clinician, room, START));
          return records.save(ProcedureRecord.completed(appointment, COMPLETED));
        });
  }

  private static ProcedureDetails details(List<Injectate> injectates) {
    return new ProcedureDetails(
        COMPLETED.minusSeconds(600),
        TF_LUMBAR,
        new ProcedureSite(SpinalRegion.LUMBAR, List.of("L4-L5"), Laterality.LEFT),
        ImagingModality.FLUOROSCOPY,
        95,
        new BigDecimal("4.20"),
        new BigDecimal("1.5"),
        injectates,
        Sedation.LOCAL_ONLY,
        new Complication(ComplicationCode.VASOVAGAL_REACTION, "brief, resolved lying flat"),
        2);
  }

  private static Injectate injectate(String drug, String mg) {
    return new Injectate(drug, new BigDecimal(mg));
  }

  private ProcedureRecord change(ProcedureRecord record, Consumer<ProcedureRecord> step) {
    return transaction.execute(
        status -> {
          ProcedureRecord loaded = records.find(procedure(record)).orElseThrow();
          step.accept(loaded);
          return records.save(loaded);
        });
  }

  private ProcedureRecord find(ProcedureRecord record) {
    return transaction.execute(status -> records.find(procedure(record)).orElseThrow());
  }

  private int rows(String table, ProcedureRecord record) {
    return jdbc.queryForObject(
        "select count(*) from " + table + " where appointment_id = ?",
        Integer.class,
        procedure(record).toString());
  }

  private static AppointmentId procedure(ProcedureRecord record) {
    return record.getCourse().procedure();
  }

  private static void awaitQuietly(CyclicBarrier barrier) {
    try {
      barrier.await();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
