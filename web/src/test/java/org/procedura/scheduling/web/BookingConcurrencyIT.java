package org.procedura.scheduling.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.apitest.ClinicSetup.EVERY_DAY;
import static org.procedura.apitest.ClinicSetup.at;
import static org.procedura.apitest.ClinicSetup.mondayAfterNext;
import static org.procedura.apitest.ClinicSetup.tfEsi;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procedura.apitest.ApiIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Many requests racing for the same clinician and room, through HTTP and against the real database:
 * whatever the interleaving, exactly one wins, nobody is double-booked, and no time is lost or left
 * held by an appointment that no longer needs it.
 */
class BookingConcurrencyIT extends ApiIntegrationTest {
  private static final int RACERS = 32;
  private static final int ROUNDS = 15;

  @Autowired JdbcTemplate jdbc;

  private UUID clinician;
  private UUID room;
  private List<UUID> patients;
  private LocalDate day;

  @BeforeEach
  void oneClinicianOneRoom() {
    clinician =
        clinic.clinician(
            List.of("ESI_TF_LUMB"), LocalTime.of(6, 0), LocalTime.of(22, 0), EVERY_DAY);
    room =
        clinic.room(
            "PROCEDURE_SUITE",
            List.of("FLUOROSCOPY"),
            LocalTime.of(6, 0),
            LocalTime.of(22, 0),
            EVERY_DAY);
    patients = new ArrayList<>();
    for (int i = 0; i < RACERS; i++) {
      patients.add(clinic.patient());
    }
    day = mondayAfterNext().plusDays(7);
  }

  @Test
  void exactlyOneOfThirtyTwoSimultaneousBookingsOfTheSameTimeWinsEveryRound() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      ZonedDateTime start = at(day, 6, 0).plusMinutes(45L * round);
      List<Integer> statuses =
          race(
              RACERS,
              racer ->
                  () ->
                      api.as("frontdesk")
                          .post(
                              "/api/v1/appointments/procedures",
                              tfEsi(patients.get(racer), clinician, room, start))
                          .status());

      assertThat(statuses).as("round %d", round).containsOnly(201, 409);
      assertThat(statuses.stream().filter(s -> s == 201)).as("round %d winners", round).hasSize(1);
    }
    assertThat(bookedFor(clinician)).isEqualTo(ROUNDS);
    assertNoOverlapAndEveryCellAccountedFor();
  }

  @Test
  void concurrentReschedulesAndCancellationsLeaveNoOverlapAndNoLostTime() throws Exception {
    int appointments = 16;
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < appointments; i++) {
      var booked =
          api.as("frontdesk")
              .post(
                  "/api/v1/appointments/procedures",
                  tfEsi(patients.get(i), clinician, room, at(day, 6, 0).plusMinutes(45L * i)));
      assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
      ids.add(booked.json().path("id").asString());
    }
    String target = at(day, 20, 0).toOffsetDateTime().toString();

    // the even ones all try to move into the same free time; the odd ones are cancelled meanwhile
    List<Integer> statuses =
        race(
            appointments,
            i ->
                () ->
                    (i % 2 == 0
                            ? api.as("frontdesk")
                                .header("If-Match", "\"0\"")
                                .post(
                                    "/api/v1/appointments/" + ids.get(i) + "/reschedule",
                                    Map.of("start", target))
                            : api.as("frontdesk")
                                .header("If-Match", "\"0\"")
                                .post(
                                    "/api/v1/appointments/" + ids.get(i) + "/cancel",
                                    Map.of("reason", "clinic closed")))
                        .status());

    List<Integer> reschedules = new ArrayList<>();
    List<Integer> cancels = new ArrayList<>();
    for (int i = 0; i < appointments; i++) {
      (i % 2 == 0 ? reschedules : cancels).add(statuses.get(i));
    }
    assertThat(cancels).containsOnly(200);
    assertThat(reschedules).containsOnly(200, 409);
    assertThat(reschedules.stream().filter(s -> s == 200)).hasSize(1);
    assertThat(bookedFor(clinician)).isEqualTo(appointments / 2);
    assertNoOverlapAndEveryCellAccountedFor();
  }

  private List<Integer> race(int racers, IntFunction<Callable<Integer>> racer) throws Exception {
    var barrier = new CyclicBarrier(racers);
    List<Future<Integer>> results = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(racers)) {
      for (int i = 0; i < racers; i++) {
        Callable<Integer> request = racer.apply(i);
        results.add(
            pool.submit(
                () -> {
                  barrier.await();
                  return request.call();
                }));
      }
    }
    List<Integer> statuses = new ArrayList<>();
    for (Future<Integer> result : results) {
      statuses.add(result.get());
    }
    return statuses;
  }

  private int bookedFor(UUID someone) {
    return jdbc.queryForObject(
        "select count(*) from appointment where clinician_id = ? and status not in ('CANCELLED', 'NO_SHOW')",
        Integer.class,
        someone.toString());
  }

  /** Straight from the tables, not through the application. */
  private void assertNoOverlapAndEveryCellAccountedFor() {
    Integer overlaps =
        jdbc.queryForObject(
            """
            select count(*) from appointment a join appointment b on a.id < b.id
            where a.status not in ('CANCELLED', 'NO_SHOW') and b.status not in ('CANCELLED', 'NO_SHOW')
              and ((a.clinician_id = b.clinician_id or a.room_id = b.room_id)
                     and a.start_at < b.held_until and b.start_at < a.held_until
                   or a.patient_id = b.patient_id and a.start_at < b.end_at and b.start_at < a.end_at)
            """,
            Integer.class);
    assertThat(overlaps).as("overlapping appointments").isZero();
    // 40 minutes held for clinician and room, 30 for the patient: 8 + 8 + 6 cells each
    Integer wrongCells =
        jdbc.queryForObject(
            """
            select count(*) from appointment a
            where a.clinician_id = ?
              and (select count(*) from occupied_cell c where c.appointment_id = a.id)
                  <> case when a.status in ('CANCELLED', 'NO_SHOW') then 0 else 22 end
            """,
            Integer.class,
            clinician.toString());
    assertThat(wrongCells).as("appointments holding other than exactly their own cells").isZero();
  }
}
