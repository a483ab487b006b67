package org.procedura.scheduling.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.apitest.ClinicSetup.EVERY_DAY;
import static org.procedura.apitest.ClinicSetup.at;
import static org.procedura.apitest.ClinicSetup.mondayAfterNext;
import static org.procedura.apitest.ClinicSetup.tfEsi;
import static org.procedura.apitest.Problems.assertProblem;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procedura.apitest.Api;
import org.procedura.apitest.ApiIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Twenty retries of one booking under one {@code Idempotency-Key}, released at once against the
 * real database: one books, every other answers with the same appointment as a replay, none is
 * refused; a key whose booking was refused books when retried; and a key left claimed by an
 * instance that stopped is taken over by one of them once its lease has run out.
 */
class IdempotentBookingRaceIT extends ApiIntegrationTest {
  private static final int RETRIES = 20;
  private static final int ROUNDS = 4;
  private static final String BOOK = "/api/v1/appointments/procedures";

  @Autowired JdbcTemplate jdbc;

  private UUID clinician;
  private UUID room;
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
    day = mondayAfterNext().plusDays(9);
  }

  @Test
  void twentySimultaneousRetriesOfOneBookingAllAnswerWithTheOneAppointment() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      UUID patient = clinic.patient();
      var body = tfEsi(patient, clinician, room, at(day, 7, 0).plusMinutes(45L * round));
      String key = "race-" + UUID.randomUUID();

      List<Api.Response> answers = race(() -> bookWith(key, body));

      List<Api.Response> booked =
          answers.stream().filter(a -> "false".equals(a.header("Idempotent-Replayed"))).toList();
      assertThat(answers)
          .as("round %d", round)
          .allSatisfy(a -> assertThat(a.status()).as(a.toString()).isEqualTo(201));
      assertThat(booked).as("round %d: answers that booked", round).hasSize(1);
      assertThat(answers)
          .as("round %d: replays", round)
          .filteredOn(a -> "true".equals(a.header("Idempotent-Replayed")))
          .hasSize(RETRIES - 1);
      assertThat(answers)
          .as("round %d: every answer is the booked appointment", round)
          .allSatisfy(a -> assertThat(a.json()).isEqualTo(booked.getFirst().json()));
      assertThat(appointmentsOf(patient)).as("round %d: appointments booked", round).isEqualTo(1);
      assertThat(keyBooked(key)).isEqualTo(booked.getFirst().json().path("id").asString());
    }
  }

  @Test
  void simultaneousRetriesOfARefusedBookingAreAllRefusedAndLeaveTheKeyFree() throws Exception {
    UUID patient = clinic.patient();
    var taken = tfEsi(clinic.patient(), clinician, room, at(day, 12, 0));
    Api.Response holder = api.as("frontdesk").post(BOOK, taken);
    assertThat(holder.status()).as(holder.toString()).isEqualTo(201);
    var body = tfEsi(patient, clinician, room, at(day, 12, 0));
    String key = "refused-" + UUID.randomUUID();

    List<Api.Response> answers = race(() -> bookWith(key, body));

    assertThat(answers)
        .allSatisfy(
            a -> {
              assertProblem(a, 409, "conflict");
              assertThat(a.json().path("reason").asString()).isEqualTo("SLOT_TAKEN");
            });
    assertThat(keyRows(key)).isZero();
  }

  @Test
  void aKeyWhoseBookingWasRefusedBooksWhenRetriedOnceTheTimeIsFree() {
    UUID patient = clinic.patient();
    Api.Response holder =
        api.as("frontdesk").post(BOOK, tfEsi(clinic.patient(), clinician, room, at(day, 15, 0)));
    var body = tfEsi(patient, clinician, room, at(day, 15, 0));
    String key = "retried-" + UUID.randomUUID();

    Api.Response refused = bookWith(key, body);
    Api.Response cancelled =
        api.as("frontdesk")
            .header("If-Match", holder.header("ETag"))
            .post(
                "/api/v1/appointments/" + holder.json().path("id").asString() + "/cancel",
                Map.of("reason", "patient moved away"));
    Api.Response retried = bookWith(key, body);
    Api.Response replayed = bookWith(key, body);

    assertProblem(refused, 409, "conflict");
    assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
    assertThat(retried.status()).as(retried.toString()).isEqualTo(201);
    assertThat(retried.header("Idempotent-Replayed")).isEqualTo("false");
    assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(replayed.json().path("id")).isEqualTo(retried.json().path("id"));
    assertThat(appointmentsOf(patient)).isEqualTo(1);
  }

  @Test
  void simultaneousRetriesOfAKeyLeftClaimedByAStoppedInstanceBookOnceAfterTheLease()
      throws Exception {
    UUID patient = clinic.patient();
    var body = tfEsi(patient, clinician, room, at(day, 18, 0));
    String key = "abandoned-" + UUID.randomUUID();
    Api.Response first = bookWith(key, body);
    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    Api.Response cancelled =
        api.as("frontdesk")
            .header("If-Match", first.header("ETag"))
            .post(
                "/api/v1/appointments/" + first.json().path("id").asString() + "/cancel",
                Map.of("reason", "booked by the instance that stopped"));
    assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
    // as an instance leaves its claim when it stops between claiming and booking, past the lease
    jdbc.update(
        "update idempotency_key set appointment_id = null, claimed_at = ? where key_value = ?",
        LocalDateTime.ofInstant(
            clock.instant().minus(Duration.ofMinutes(2).plusSeconds(1)), ZoneOffset.UTC),
        key);

    List<Api.Response> answers = race(() -> bookWith(key, body));

    assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.toString()).isEqualTo(201));
    List<Api.Response> booked =
        answers.stream().filter(a -> "false".equals(a.header("Idempotent-Replayed"))).toList();
    assertThat(booked).as("answers that booked").hasSize(1);
    assertThat(answers).allSatisfy(a -> assertThat(a.json()).isEqualTo(booked.getFirst().json()));
    assertThat(keyBooked(key)).isEqualTo(booked.getFirst().json().path("id").asString());
    assertThat(appointmentsOf(patient)).as("the cancelled one and the retry's").isEqualTo(2);
  }

  private Api.Response bookWith(String key, Object body) {
    return api.as("frontdesk").header("Idempotency-Key", key).post(BOOK, body);
  }

  /** Every request waits at the latch, so that all of them reach the server together. */
  private static List<Api.Response> race(java.util.concurrent.Callable<Api.Response> request)
      throws Exception {
    var start = new CountDownLatch(1);
    List<Future<Api.Response>> pending = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(RETRIES)) {
      for (int i = 0; i < RETRIES; i++) {
        pending.add(
            pool.submit(
                () -> {
                  start.await();
                  return request.call();
                }));
      }
      start.countDown();
    }
    List<Api.Response> answers = new ArrayList<>();
    for (Future<Api.Response> answer : pending) {
      answers.add(answer.get());
    }
    return answers;
  }

  private int appointmentsOf(UUID patient) {
    return jdbc.queryForObject(
        "select count(*) from appointment where patient_id = ?", Integer.class, patient.toString());
  }

  private String keyBooked(String key) {
    return jdbc.queryForObject(
        "select appointment_id from idempotency_key where key_value = ?", String.class, key);
  }

  private int keyRows(String key) {
    return jdbc.queryForObject(
        "select count(*) from idempotency_key where key_value = ?", Integer.class, key);
  }
}
