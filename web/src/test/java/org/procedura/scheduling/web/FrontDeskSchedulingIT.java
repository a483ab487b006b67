package org.procedura.scheduling.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.apitest.ClinicSetup.WEEKDAYS;
import static org.procedura.apitest.ClinicSetup.at;
import static org.procedura.apitest.ClinicSetup.mondayAfterNext;
import static org.procedura.apitest.ClinicSetup.tfEsi;
import static org.procedura.apitest.Problems.assertProblem;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procedura.apitest.Api.Response;
import org.procedura.apitest.ApiIntegrationTest;
import org.procedura.apitest.ClinicSetup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The scenario: find the first slot for a lumbar transforaminal ESI next week, book it, be
 * refused over it for the same physician, room or patient, reschedule it, check the patient in.
 */
class FrontDeskSchedulingIT extends ApiIntegrationTest {
  @Autowired JdbcTemplate jdbc;

  private UUID physician;
  private UUID otherPhysician;
  private UUID fluoroscopyRoom;
  private UUID otherFluoroscopyRoom;
  private UUID ultrasoundRoom;
  private UUID patient;
  private LocalDate monday;

  @BeforeEach
  void aSmallClinic() {
    physician = clinic.physician("ESI_TF_LUMB");
    otherPhysician = clinic.physician("ESI_TF_LUMB");
    fluoroscopyRoom = clinic.fluoroscopySuite();
    otherFluoroscopyRoom = clinic.fluoroscopySuite();
    ultrasoundRoom =
        clinic.room(
            "PROCEDURE_SUITE",
            List.of("ULTRASOUND"),
            LocalTime.of(7, 0),
            LocalTime.of(18, 0),
            WEEKDAYS);
    patient = clinic.patient();
    monday = mondayAfterNext();
  }

  @Test
  void findsBooksIsRefusedOverItReschedulesAndChecksIn() {
    Response slots =
        api.as("frontdesk")
            .get(
                "/api/v1/availability?procedureType=ESI_TF_LUMB&from=%s&to=%s&clinicianId=%s&patientId=%s&limit=5"
                    .formatted(monday, monday.plusDays(4), physician, patient));
    assertThat(slots.status()).as(slots.toString()).isEqualTo(200);
    JsonNode first = slots.json().get(0);
    assertThat(OffsetDateTime.parse(first.path("start").asString()))
        .isEqualTo(at(monday, 8, 0).toOffsetDateTime());
    assertThat(OffsetDateTime.parse(first.path("end").asString()))
        .isEqualTo(at(monday, 8, 30).toOffsetDateTime());
    assertThat(slots.json().valueStream().map(s -> s.path("roomId").asString()))
        .doesNotContain(ultrasoundRoom.toString());

    UUID room = UUID.fromString(first.path("roomId").asString());
    Response booked =
        api.as("frontdesk")
            .post(
                "/api/v1/appointments/procedures",
                tfEsi(patient, physician, room, at(monday, 8, 0)));
    assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
    String appointment = booked.json().path("id").asString();
    UUID spareRoom = room.equals(fluoroscopyRoom) ? otherFluoroscopyRoom : fluoroscopyRoom;

    assertSlotTaken(tfEsi(clinic.patient(), physician, spareRoom, at(monday, 8, 15)), "CLINICIAN");
    assertSlotTaken(tfEsi(clinic.patient(), otherPhysician, room, at(monday, 8, 35)), "ROOM");
    assertSlotTaken(tfEsi(patient, otherPhysician, spareRoom, at(monday, 8, 0)), "PATIENT");

    Response moved =
        clinic.step(
            "frontdesk",
            "/api/v1/appointments/" + appointment,
            "reschedule",
            Map.of("start", at(monday.plusDays(1), 10, 0).toOffsetDateTime().toString()));
    assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    assertThat(moved.json().path("status").asString()).isEqualTo("BOOKED");
    assertThat(historyOf(moved)).containsExactly("BOOKED", "RESCHEDULED");
    assertThat(
            api.as("frontdesk")
                .post(
                    "/api/v1/appointments/procedures",
                    tfEsi(clinic.patient(), physician, room, at(monday, 8, 0)))
                .status())
        .as("the old slot is free again")
        .isEqualTo(201);

    clock.jumpTo(at(monday.plusDays(1), 9, 30).toInstant());
    clinic.checklistDone(appointment.toString());
    Response checkedIn =
        clinic.step("nurse", "/api/v1/appointments/" + appointment, "check-in", null);
    assertThat(checkedIn.status()).as(checkedIn.toString()).isEqualTo(200);
    assertThat(checkedIn.json().path("status").asString()).isEqualTo("CHECKED_IN");
    assertThat(checkedIn.json().path("history").get(2).path("by").asString()).isEqualTo("nurse");
  }

  @Test
  void runsTheDayFromConfirmationToCompletion() {
    String id = book(at(monday, 9, 0));
    var frontDesk = api.as("frontdesk");

    assertProblem(frontDesk.post(path(id, "confirm"), null), 428, "version-required");
    assertThat(frontDesk.header("If-Match", "\"0\"").post(path(id, "confirm"), null).status())
        .isEqualTo(200);
    assertProblem(
        api.as("frontdesk")
            .header("If-Match", "\"0\"")
            .post(path(id, "cancel"), Map.of("reason", "x")),
        412,
        "stale-version");
    clock.jumpTo(at(monday, 8, 40).toInstant());
    clinic.checklistDone(id);
    assertProblem(api.as("nurse").post(path(id, "check-in"), null), 428, "version-required");
    assertThat(step("nurse", id, "check-in", null).status()).isEqualTo(200);
    assertThat(step("physician", id, "start", null).status()).isEqualTo(200);
    Response completed = step("physician", id, "complete", null);

    assertThat(completed.json().path("status").asString()).isEqualTo("COMPLETED");
    assertThat(historyOf(completed))
        .containsExactly("BOOKED", "CONFIRMED", "CHECKED_IN", "STARTED", "COMPLETED");
    assertProblem(
        step("frontdesk", id, "cancel", Map.of("reason", "too late")), 409, "illegal-transition");
  }

  @Test
  void aCancellationNeedsAReasonAndGivesTheSlotBack() {
    String id = book(at(monday, 10, 0));

    assertProblem(step("frontdesk", id, "cancel", Map.of("reason", " ")), 400, "validation");
    assertProblem(
        api.as("frontdesk").post(path(id, "cancel"), Map.of("reason", "patient has a fever")),
        428,
        "version-required");
    Response cancelled = step("frontdesk", id, "cancel", Map.of("reason", "patient has a fever"));

    assertThat(cancelled.json().path("status").asString()).isEqualTo("CANCELLED");
    assertThat(cancelled.json().path("history").get(1).path("note").asString())
        .isEqualTo("patient has a fever");
    assertThat(book(at(monday, 10, 0))).isNotEqualTo(id);
  }

  @Test
  void aNoShowIsMarkedOnlyOnceTheAppointmentHasStarted() {
    String id = book(at(monday, 11, 0));

    assertProblem(step("frontdesk", id, "no-show", null), 422, "unprocessable");
    clock.jumpTo(at(monday, 11, 0).toInstant());
    Response noShow = step("frontdesk", id, "no-show", null);

    assertThat(noShow.json().path("status").asString()).isEqualTo("NO_SHOW");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from occupied_cell where appointment_id = ?", Integer.class, id))
        .as("the time is given back")
        .isZero();
  }

  @Test
  void aRetriedBookingWithTheSameKeyBooksOnce() {
    var body = tfEsi(patient, physician, fluoroscopyRoom, at(monday, 13, 0));
    String key = "retry-" + UUID.randomUUID();

    Response first =
        api.as("frontdesk")
            .header("Idempotency-Key", key)
            .post("/api/v1/appointments/procedures", body);
    Response retried =
        api.as("frontdesk")
            .header("Idempotency-Key", key)
            .post("/api/v1/appointments/procedures", body);
    body.put("start", at(monday, 14, 0).toOffsetDateTime().toString());
    Response otherBody =
        api.as("frontdesk")
            .header("Idempotency-Key", key)
            .post("/api/v1/appointments/procedures", body);

    assertThat(first.status()).isEqualTo(201);
    assertThat(first.header("Idempotent-Replayed")).isEqualTo("false");
    assertThat(retried.status()).isEqualTo(201);
    assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(retried.json().path("id").asString()).isEqualTo(first.json().path("id").asString());
    assertProblem(otherBody, 422, "unprocessable");
    assertThat(otherBody.json().path("reason").asString()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
    assertThat(upcomingOf(patient)).isEqualTo(1);
  }

  @Test
  void refusesWhatTheClinicCannotDoAndBooksNothing() {
    var offGrid = tfEsi(patient, physician, fluoroscopyRoom, at(monday, 9, 3));
    var noLevels = tfEsi(patient, physician, fluoroscopyRoom, at(monday, 9, 0));
    noLevels.put("site", Map.of("region", "LUMBAR", "laterality", "LEFT"));
    var unknownType = tfEsi(patient, physician, fluoroscopyRoom, at(monday, 9, 0));
    unknownType.put("procedureType", "NO_SUCH_TYPE");
    var wrongRoom = tfEsi(patient, physician, ultrasoundRoom, at(monday, 9, 0));
    var uncredentialed = tfEsi(patient, physician, fluoroscopyRoom, at(monday, 9, 0));
    uncredentialed.put("procedureType", "RFA_LUMB");
    var afterHours = tfEsi(patient, physician, fluoroscopyRoom, at(monday, 16, 45));
    var weekend = tfEsi(patient, physician, fluoroscopyRoom, at(monday.minusDays(1), 9, 0));
    var past =
        tfEsi(
            patient,
            physician,
            fluoroscopyRoom,
            at(LocalDate.now(ClinicSetup.ZONE), 0, 0).minusDays(1));

    assertRefused(offGrid, 400, "validation");
    assertRefused(noLevels, 400, "validation");
    assertRefused(unknownType, 404, "not-found");
    assertRefused(wrongRoom, 422, "unprocessable");
    assertRefused(uncredentialed, 422, "unprocessable");
    assertRefused(afterHours, 422, "unprocessable");
    assertRefused(weekend, 422, "unprocessable");
    assertRefused(past, 400, "validation");
    assertThat(upcomingOf(patient)).isZero();
  }

  @Test
  void timeOffTakesAClinicianOutOfAvailabilityAndBooking() {
    api.as("admin")
        .post(
            "/api/v1/clinicians/" + physician + "/time-off",
            Map.of(
                "start", at(monday, 0, 0).toOffsetDateTime().toString(),
                "end", at(monday, 12, 0).toOffsetDateTime().toString(),
                "reason", "conference"));

    Response slots =
        api.as("frontdesk")
            .get(
                "/api/v1/availability?procedureType=ESI_TF_LUMB&from=%s&to=%s&clinicianId=%s&limit=1"
                    .formatted(monday, monday, physician));

    assertThat(OffsetDateTime.parse(slots.json().get(0).path("start").asString()))
        .isEqualTo(at(monday, 12, 0).toOffsetDateTime());
    assertRefused(
        tfEsi(patient, physician, fluoroscopyRoom, at(monday, 9, 0)), 422, "unprocessable");
  }

  @Test
  void listsTheDayAndThePatientsAppointments() {
    book(at(monday, 9, 0));
    String later = book(at(monday.plusDays(2), 9, 0));

    Response day =
        api.as("physician")
            .get("/api/v1/schedule?date=%s&clinicianId=%s".formatted(monday, physician));
    Response upcoming =
        api.as("nurse").get("/api/v1/patients/" + patient + "/appointments?when=upcoming");

    assertThat(day.json()).hasSize(1);
    assertThat(day.json().get(0).path("clinicianName").asString()).startsWith("Dr. Test");
    assertThat(day.json().get(0).path("patientName").asString()).startsWith("Test Patient");
    assertThat(upcoming.json().path("totalElements").asInt()).isEqualTo(2);
    assertThat(upcoming.json().path("content").get(1).path("id").asString()).isEqualTo(later);
    assertProblem(
        api.as("nurse").get("/api/v1/patients/" + patient + "/appointments?when=someday"),
        400,
        "validation");
  }

  @Test
  void keepsLocalWorkingHoursAcrossTheSpringDaylightSavingChange() {
    // 2027-03-14 is the US spring-forward Sunday: 08:00 local is 13:00Z before and 12:00Z after
    LocalDate friday = LocalDate.of(2027, 3, 12);
    LocalDate nextMonday = LocalDate.of(2027, 3, 15);

    Response before = firstSlot(friday);
    Response after = firstSlot(nextMonday);

    assertThat(OffsetDateTime.parse(before.json().get(0).path("start").asString()))
        .isEqualTo(OffsetDateTime.parse("2027-03-12T08:00-05:00"));
    assertThat(OffsetDateTime.parse(after.json().get(0).path("start").asString()))
        .isEqualTo(OffsetDateTime.parse("2027-03-15T08:00-04:00"));
  }

  private Response firstSlot(LocalDate day) {
    return api.as("frontdesk")
        .get(
            "/api/v1/availability?procedureType=ESI_TF_LUMB&from=%s&to=%s&clinicianId=%s&limit=1"
                .formatted(day, day, physician));
  }

  private void assertSlotTaken(Map<String, Object> body, String resource) {
    Response refused = api.as("frontdesk").post("/api/v1/appointments/procedures", body);
    assertProblem(refused, 409, "conflict");
    assertThat(refused.json().path("reason").asString()).isEqualTo("SLOT_TAKEN");
    assertThat(
            refused.json().path("conflicts").valueStream().map(c -> c.path("resource").asString()))
        .contains(resource);
  }

  private void assertRefused(Map<String, Object> body, int status, String type) {
    assertProblem(api.as("frontdesk").post("/api/v1/appointments/procedures", body), status, type);
  }

  private String book(java.time.ZonedDateTime start) {
    Response booked =
        api.as("frontdesk")
            .post(
                "/api/v1/appointments/procedures",
                tfEsi(patient, physician, fluoroscopyRoom, start));
    assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
    return booked.json().path("id").asString();
  }

  private int upcomingOf(UUID someone) {
    return api.as("frontdesk")
        .get("/api/v1/patients/" + someone + "/appointments")
        .json()
        .path("totalElements")
        .asInt();
  }

  private Response step(String user, String id, String step, Object body) {
    return clinic.step(user, "/api/v1/appointments/" + id, step, body);
  }

  private static String path(String id, String step) {
    return "/api/v1/appointments/" + id + "/" + step;
  }

  private static List<String> historyOf(Response appointment) {
    return appointment
        .json()
        .path("history")
        .valueStream()
        .map(e -> e.path("type").asString())
        .toList();
  }
}
