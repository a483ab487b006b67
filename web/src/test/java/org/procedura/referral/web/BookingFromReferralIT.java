package org.procedura.referral.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.apitest.ClinicSetup.at;
import static org.procedura.apitest.ClinicSetup.mondayAfterNext;
import static org.procedura.apitest.ClinicSetup.tfEsi;
import static org.procedura.apitest.Problems.assertProblem;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procedura.apitest.Api.Response;
import org.procedura.apitest.ApiIntegrationTest;

/** Booking an appointment from a referral moves it to SCHEDULED, in the booking's transaction. */
class BookingFromReferralIT extends ApiIntegrationTest {
  private UUID physician;
  private UUID room;
  private UUID patient;
  private LocalDate monday;

  @BeforeEach
  void clinicAndPatient() {
    physician = clinic.physician("ESI_TF_LUMB");
    room = clinic.fluoroscopySuite();
    patient = clinic.patient();
    monday = mondayAfterNext();
  }

  @Test
  void bookingFromAnAcceptedReferralSchedulesItAndTakesItOffTheWorklist() {
    String referral = acceptedReferral();

    Response booked = book(referral, 9);
    Response second = book(referral, 11);

    assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
    assertThat(second.status()).as("a second block from the same referral").isEqualTo(201);
    Response scheduled = api.as("frontdesk").get("/api/v1/referrals/" + referral);
    assertThat(scheduled.json().path("status").asString()).isEqualTo("SCHEDULED");
    assertThat(toScheduleIds()).doesNotContain(referral);
  }

  @Test
  void aReferralNotYetAcceptedRefusesTheBookingAndNothingIsBooked() {
    String referral = receivedReferral();

    Response refused = book(referral, 9);

    assertProblem(refused, 409, "illegal-transition");
    assertThat(
            api.as("frontdesk")
                .get("/api/v1/referrals/" + referral)
                .json()
                .path("status")
                .asString())
        .isEqualTo("RECEIVED");
    assertThat(
            api.as("frontdesk")
                .get("/api/v1/patients/" + patient + "/appointments")
                .json()
                .path("totalElements")
                .asInt())
        .isZero();
  }

  @Test
  void anotherPatientsReferralIsRefused() {
    String referral = acceptedReferral();
    UUID someoneElse = clinic.patient();
    var body = tfEsi(someoneElse, physician, room, at(monday, 9, 0));
    body.put("referralId", referral);

    assertProblem(
        api.as("frontdesk").post("/api/v1/appointments/procedures", body), 400, "validation");
  }

  private Response book(String referral, int hour) {
    var body = tfEsi(patient, physician, room, at(monday, hour, 0));
    body.put("referralId", referral);
    return api.as("frontdesk").post("/api/v1/appointments/procedures", body);
  }

  private String receivedReferral() {
    Response received =
        api.as("frontdesk")
            .post("/api/v1/referrals", ReferralBodies.referralFor(patient.toString(), 3));
    assertThat(received.status()).as(received.toString()).isEqualTo(201);
    return received.json().path("id").asString();
  }

  private String acceptedReferral() {
    String referral = receivedReferral();
    Response triaged =
        api.as("physician")
            .header("If-Match", "\"0\"")
            .post("/api/v1/referrals/" + referral + "/triage", null);
    Response accepted =
        api.as("physician")
            .header("If-Match", triaged.header("ETag"))
            .post("/api/v1/referrals/" + referral + "/accept", Map.of("note", "TF-ESI"));
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
    return referral;
  }

  private List<String> toScheduleIds() {
    return api.as("frontdesk")
        .get("/api/v1/referrals/to-schedule?size=100")
        .json()
        .path("content")
        .valueStream()
        .map(item -> item.path("id").asString())
        .toList();
  }
}
