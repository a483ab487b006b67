package org.procedura.messaging.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.apitest.ClinicSetup.WEEKDAYS;
import static org.procedura.apitest.ClinicSetup.at;
import static org.procedura.apitest.ClinicSetup.mondayAfterNext;
import static org.procedura.apitest.ClinicSetup.tfEsi;
import static org.procedura.apitest.Problems.assertProblem;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procedura.apitest.Api.Response;
import org.procedura.apitest.ApiIntegrationTest;
import org.procedura.messaging.application.MessageDispatcher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Patient messages end to end on the real database, delivered to a real SMTP server (GreenMail on
 * the port the application's settings name, 2525). The application's clock is set to a weekday
 * morning so that quiet hours never hold the messages back, whenever the test runs.
 */
class MessagingIT extends ApiIntegrationTest {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
  private static GreenMail smtp;

  @Autowired MessageDispatcher dispatcher;
  @Autowired JdbcTemplate jdbc;

  private UUID physician;
  private UUID room;
  private LocalDate monday;

  @BeforeAll
  static void smtpServer() {
    smtp = new GreenMail(new ServerSetup(2525, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  @AfterAll
  static void stopSmtp() {
    smtp.stop();
  }

  @BeforeEach
  void clinicAndMorning() {
    physician =
        clinic.clinician(List.of("ESI_TF_LUMB"), LocalTime.of(7, 0), LocalTime.of(18, 0), WEEKDAYS);
    room =
        clinic.room(
            "PROCEDURE_SUITE",
            List.of("FLUOROSCOPY"),
            LocalTime.of(7, 0),
            LocalTime.of(18, 0),
            WEEKDAYS);
    monday = mondayAfterNext().plusWeeks(1);
    // a Saturday morning nine days before: a 7-day clopidogrel hold can still be kept
    clock.jumpTo(at(monday.minusDays(9), 10, 0).toInstant());
  }

  private String patientWithEmail(String email) {
    Map<String, Object> body = new HashMap<>();
    body.put("givenName", "Ada");
    body.put("familyName", "Messages" + UUID.randomUUID().toString().substring(0, 8));
    body.put("dateOfBirth", "1958-04-12");
    body.put("sex", "FEMALE");
    if (email != null) {
      body.put("contact", Map.of("email", email));
    }
    Response created = api.as("frontdesk").post("/api/v1/patients", body);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().path("id").asString();
  }

  private void onClopidogrel(String patient) {
    clinic.addToProfile(
        UUID.fromString(patient),
        "medications",
        Map.of(
            "name",
            "Clopidogrel 75 mg",
            "antithromboticClass",
            "CLOPIDOGREL",
            "lastConfirmedOn",
            LocalDate.now(clock).toString()));
  }

  private Response bookEsi(String patient, int hour) {
    var booking = tfEsi(UUID.fromString(patient), physician, room, at(monday, hour, 0));
    booking.put(
        "acknowledgement",
        Map.of("ruleIds", List.of("ANTITHROMBOTIC_HOLD"), "reason", "cardiology agrees"));
    return api.as("physician").post("/api/v1/appointments/procedures", booking);
  }

  private List<JsonNode> messagesOf(String appointment) {
    Response listed = api.as("frontdesk").get("/api/v1/appointments/" + appointment + "/messages");
    assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
    List<JsonNode> messages = new ArrayList<>();
    listed.json().forEach(messages::add);
    return messages;
  }

  private void dispatchEverythingDue() {
    while (dispatcher.dispatchDue() > 0) {
      // until nothing is due
    }
  }

  private static List<MimeMessage> receivedBy(String email) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(
            m -> {
              try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equals(email));
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }

  /** The text of each part by its type: "text/plain" and "text/calendar". */
  private static Map<String, String> parts(Part part) throws Exception {
    Map<String, String> texts = new HashMap<>();
    collect(part, texts);
    return texts;
  }

  private static void collect(Part part, Map<String, String> texts) throws Exception {
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        collect(multipart.getBodyPart(i), texts);
      }
    } else if (part.isMimeType("text/plain")) {
      texts.put("text/plain", text(part));
    } else if (part.isMimeType("text/calendar")) {
      texts.put("text/calendar", text(part));
    }
  }

  private static String text(Part part) throws IOException, jakarta.mail.MessagingException {
    return new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }

  @Test
  void aBookingOnClopidogrelIsConfirmedWithItsLastDoseDayAndACancellationSendsNoReminder()
      throws Exception {
    String email = "ada." + UUID.randomUUID() + "@example.org";
    String patient = patientWithEmail(email);
    onClopidogrel(patient);

    Response booked = bookEsi(patient, 9);
    assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
    String appointment = booked.json().path("id").asString();

    List<JsonNode> queued = messagesOf(appointment);
    assertThat(queued)
        .extracting(m -> m.path("kind").asString() + " " + m.path("status").asString())
        .containsExactly("BOOKING_CONFIRMATION PENDING", "REMINDER PENDING", "REMINDER PENDING");
    // the reminders go at the appointment's local hour three days and one day before
    assertThat(queued.subList(1, 3))
        .extracting(m -> OffsetDateTime.parse(m.path("dueAt").asString()).toInstant())
        .containsExactly(
            at(monday.minusDays(3), 9, 0).toInstant(), at(monday.minusDays(1), 9, 0).toInstant());

    dispatchEverythingDue();

    List<MimeMessage> received = receivedBy(email);
    assertThat(received).hasSize(1);
    MimeMessage confirmation = received.getFirst();
    assertThat(confirmation.getSubject())
        .contains("Transforaminal epidural steroid injection")
        .contains(DAY.format(monday));
    Map<String, String> parts = parts(confirmation);
    assertThat(parts.get("text/plain"))
        .contains("Dear Ada,")
        .contains("Take your last dose of Clopidogrel 75 mg on " + DAY.format(monday.minusDays(8)));
    assertThat(parts.get("text/calendar"))
        .contains("METHOD:REQUEST")
        .contains("UID:" + appointment + "@procedura")
        .contains("STATUS:CONFIRMED");
    assertThat(messagesOf(appointment).getFirst().path("status").asString()).isEqualTo("SENT");

    Response cancelled =
        api.as("frontdesk")
            .header("If-Match", booked.header("ETag"))
            .post(
                "/api/v1/appointments/" + appointment + "/cancel",
                Map.of("reason", "patient unwell"));
    assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
    dispatchEverythingDue();
    clock.jumpTo(at(monday.minusDays(1), 10, 0).toInstant());
    dispatchEverythingDue();

    received = receivedBy(email);
    assertThat(received).hasSize(2);
    assertThat(received.get(1).getSubject()).contains("cancelled");
    assertThat(parts(received.get(1)).get("text/calendar"))
        .contains("METHOD:CANCEL")
        .contains("STATUS:CANCELLED")
        .contains("UID:" + appointment + "@procedura")
        .contains("SEQUENCE:1");
    assertThat(messagesOf(appointment))
        .extracting(
            m ->
                m.path("kind").asString()
                    + " "
                    + m.path("status").asString()
                    + " "
                    + m.path("reason").asString(""))
        .containsExactlyInAnyOrder(
            "BOOKING_CONFIRMATION SENT ",
            "CANCELLATION_NOTICE SENT ",
            "REMINDER SKIPPED the appointment was cancelled since it was queued",
            "REMINDER SKIPPED the appointment was cancelled since it was queued");
    var audited =
        jdbc.queryForList(
            "select outcome from audit_event where patient_id = ? and resource_type = 'MESSAGE'",
            String.class,
            patient);
    assertThat(audited).containsExactly("ALLOWED", "ALLOWED");
  }

  @Test
  void aMovedAppointmentKeepsItsCalendarUidAndItsOldRemindersAreNotSent() throws Exception {
    String email = "grace." + UUID.randomUUID() + "@example.org";
    String patient = patientWithEmail(email);
    onClopidogrel(patient);
    Response booked = bookEsi(patient, 10);
    assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
    String appointment = booked.json().path("id").asString();
    dispatchEverythingDue();

    Map<String, Object> move = new HashMap<>();
    move.put("start", at(monday.plusDays(1), 10, 0).toOffsetDateTime().toString());
    move.put(
        "acknowledgement",
        Map.of("ruleIds", List.of("ANTITHROMBOTIC_HOLD"), "reason", "cardiology agrees"));
    Response moved =
        api.as("physician")
            .header("If-Match", booked.header("ETag"))
            .post("/api/v1/appointments/" + appointment + "/reschedule", move);
    assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    // past the old 72-hour reminder (Friday 10:00), before the new one (Saturday 10:00)
    clock.jumpTo(at(monday.minusDays(3), 12, 0).toInstant());
    dispatchEverythingDue();

    List<MimeMessage> received = receivedBy(email);
    assertThat(received).hasSize(3);
    assertThat(received.get(1).getSubject()).contains("has moved");
    // the new start's last-dose day is a day later, so its morning before is still ahead
    assertThat(received.get(2).getSubject()).contains("medication to stop");
    assertThat(parts(received.get(2)).get("text/plain"))
        .contains("Take your last dose of Clopidogrel 75 mg on " + DAY.format(monday.minusDays(7)));
    assertThat(parts(received.get(1)).get("text/calendar"))
        .contains("METHOD:REQUEST")
        .contains("UID:" + appointment + "@procedura")
        .contains("SEQUENCE:1");
    assertThat(messagesOf(appointment))
        .extracting(
            m ->
                m.path("kind").asString()
                    + " "
                    + m.path("status").asString()
                    + " "
                    + m.path("reason").asString(""))
        .containsExactlyInAnyOrder(
            "BOOKING_CONFIRMATION SENT ",
            "REMINDER SKIPPED the appointment was moved since it was queued",
            "REMINDER PENDING ",
            "RESCHEDULE_NOTICE SENT ",
            "HOLD_REMINDER SENT ",
            "REMINDER PENDING ",
            "REMINDER PENDING ");
  }

  @Test
  void aRefusedBookingQueuesNothing() {
    String patient = patientWithEmail("refused." + UUID.randomUUID() + "@example.org");
    onClopidogrel(patient);
    var booking = tfEsi(UUID.fromString(patient), physician, room, at(monday, 11, 0));

    assertProblem(
        api.as("frontdesk").post("/api/v1/appointments/procedures", booking),
        422,
        "rule-violation");

    assertThat(
            jdbc.queryForObject(
                "select count(*) from outbox_message where patient_id = ?", Integer.class, patient))
        .isZero();
  }

  @Test
  void aPatientWithoutAnAddressIsListedAmongTheFailuresForAdministratorsOnly() {
    String patient = patientWithEmail(null);
    onClopidogrel(patient);
    Response booked = bookEsi(patient, 12);
    assertThat(booked.status()).as(booked.toString()).isEqualTo(201);

    dispatchEverythingDue();

    Response failures = api.as("admin").get("/api/v1/messages/failures");
    assertThat(failures.status()).as(failures.toString()).isEqualTo(200);
    List<JsonNode> listed = new ArrayList<>();
    failures.json().forEach(listed::add);
    assertThat(listed)
        .filteredOn(m -> m.path("patientId").asString().equals(patient))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.path("kind").asString()).isEqualTo("BOOKING_CONFIRMATION");
              assertThat(m.path("reason").asString()).isEqualTo("no e-mail address on record");
              assertThat(m.path("attempts").asInt()).isOne();
            });
    assertProblem(api.as("frontdesk").get("/api/v1/messages/failures"), 403, "forbidden");
    assertProblem(
        api.as("frontdesk").get("/api/v1/appointments/" + UUID.randomUUID() + "/messages"),
        404,
        "not-found");
  }
}
