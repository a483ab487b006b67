package org.procedura.fhir.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.apitest.ClinicSetup.WEEKDAYS;
import static org.procedura.apitest.ClinicSetup.at;
import static org.procedura.apitest.ClinicSetup.mondayAfterNext;
import static org.procedura.fhir.web.FhirResourcesIT.assertOutcome;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procedura.apitest.ApiIntegrationTest;
import org.procedura.apitest.ClinicSetup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code Appointment/$find} and {@code $book} through the same availability search and booking use
 * case as the API: a proposed appointment booked and read back, a refusal by the rules with each
 * finding and its way out, acknowledged by a physician, and concurrent bookings of one slot of
 * which exactly one succeeds.
 */
class FhirBookingIT extends ApiIntegrationTest {
  private static final int RACERS = 8;

  @Autowired JdbcTemplate jdbc;

  private UUID physician;
  private UUID room;
  private LocalDate monday;

  @BeforeEach
  void clinic() {
    physician =
        clinic.clinician(List.of("ESI_TF_LUMB"), LocalTime.of(8, 0), LocalTime.of(17, 0), WEEKDAYS);
    room =
        clinic.room(
            "PROCEDURE_SUITE",
            List.of("FLUOROSCOPY"),
            LocalTime.of(7, 0),
            LocalTime.of(18, 0),
            WEEKDAYS);
    monday = mondayAfterNext();
  }

  @Test
  void aProposedAppointmentFromFindIsBookedAndReadBack() {
    UUID patient = clinic.patient();
    var fhir = FhirClient.as(api, "frontdesk");

    Bundle found = find(fhir, patient);
    assertThat(found.getEntry()).hasSize(3);
    Appointment proposed = (Appointment) found.getEntryFirstRep().getResource();
    assertThat(proposed.getStatus()).isEqualTo(Appointment.AppointmentStatus.PROPOSED);
    assertThat(proposed.getStart().toInstant()).isEqualTo(at(monday, 8, 0).toInstant());

    var booked = fhir.post("Appointment/$book", book(proposed));
    assertThat(booked.status()).as(booked.toString()).isEqualTo(200);
    Appointment appointment = booked.resource(Appointment.class);
    assertThat(appointment.getStatus()).isEqualTo(Appointment.AppointmentStatus.BOOKED);
    assertThat(appointment.getDescription()).isEqualTo("lumbar L4-L5, left");
    String id = appointment.getIdElement().getIdPart();

    assertThat(fhir.get("Appointment/" + id).resource(Appointment.class).getStart())
        .isEqualTo(appointment.getStart());
    var ofPatient = fhir.get("Appointment?patient=Patient/" + patient).resource(Bundle.class);
    assertThat(ofPatient.getEntry())
        .extracting(e -> e.getResource().getIdElement().getIdPart())
        .containsExactly(id);
    var ofDay =
        fhir.get("Appointment?date=" + monday + "&practitioner=Practitioner/" + physician)
            .resource(Bundle.class);
    assertThat(ofDay.getEntry())
        .extracting(e -> e.getResource().getIdElement().getIdPart())
        .containsExactly(id);
    Appointment next = (Appointment) find(fhir, null).getEntryFirstRep().getResource();
    assertThat(next.getStart()).isAfter(proposed.getStart());
    assertThat(
            jdbc.queryForObject(
                "select count(*) from audit_event where patient_id = ? and path = ?"
                    + " and action = 'CREATE' and outcome = 'ALLOWED'",
                Integer.class,
                patient.toString(),
                "/fhir/Appointment/$book"))
        .isEqualTo(1);

    assertOutcome(fhir.post("Appointment/$book", book(proposed)), 409, "SLOT_TAKEN");
    assertOutcome(
        FhirClient.as(api, "nurse").post("Appointment/$book", book(proposed)), 403, "role");
    Parameters noSide = book(proposed);
    noSide.getParameter().removeIf(p -> p.getName().equals("laterality"));
    assertOutcome(fhir.post("Appointment/$book", noSide), 400, "laterality");
    assertOutcome(
        fhir.get(
            "Appointment/$find?service-type=ESI_TF_LUMB&start="
                + monday
                + "&end="
                + monday.minusDays(1)),
        400,
        "to");
    assertOutcome(
        fhir.get("Appointment/$find?service-type=ESI_TF_LUMB&start=soon&end=later"), 400, "");
  }

  @Test
  void aRefusalListsEachFindingWithItsWayOutAndAPhysicianMayAcknowledgeIt() {
    UUID patient = clinic.patient();
    clinic.addToProfile(
        patient,
        "medications",
        Map.of(
            "name", "Clopidogrel 75 mg",
            "antithromboticClass", "CLOPIDOGREL",
            "lastConfirmedOn", LocalDate.now(ClinicSetup.ZONE).toString()));
    var frontDesk = FhirClient.as(api, "frontdesk");
    Appointment proposed = (Appointment) find(frontDesk, patient).getEntryFirstRep().getResource();

    var refused = frontDesk.post("Appointment/$book", book(proposed));
    assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
    OperationOutcome outcome = refused.resource(OperationOutcome.class);
    var issue = outcome.getIssueFirstRep();
    assertThat(issue.getCode()).isEqualTo(OperationOutcome.IssueType.BUSINESSRULE);
    assertThat(issue.getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.WARNING);
    assertThat(issue.getDetails().getCodingFirstRep().getCode()).isEqualTo("ANTITHROMBOTIC_HOLD");
    assertThat(issue.getDetails().getText()).contains("last dose on");
    assertThat(issue.getDiagnostics()).startsWith("Way out: ");
    assertThat(
            frontDesk
                .get("Appointment?patient=Patient/" + patient)
                .resource(Bundle.class)
                .getTotal())
        .isZero();

    Parameters acknowledged = book(proposed);
    acknowledged.addParameter("acknowledge-rule", new StringType("ANTITHROMBOTIC_HOLD"));
    acknowledged.addParameter(
        "acknowledgement-reason", new StringType("cardiology agrees to a 7-day hold"));
    var booked = FhirClient.as(api, "physician").post("Appointment/$book", acknowledged);
    assertThat(booked.status()).as(booked.toString()).isEqualTo(200);
    assertThat(booked.resource(Appointment.class).getStatus())
        .isEqualTo(Appointment.AppointmentStatus.BOOKED);
  }

  @Test
  void concurrentBookingsOfOneSlotBookExactlyOnce() throws Exception {
    var fhir = FhirClient.as(api, "frontdesk");
    Appointment proposed = (Appointment) find(fhir, null).getEntryFirstRep().getResource();
    List<Parameters> requests = new ArrayList<>();
    for (int i = 0; i < RACERS; i++) {
      Parameters request = book(proposed);
      var appointment = (Appointment) request.getParameter("appointment").getResource();
      appointment.addParticipant().setActor(FhirIds.reference("Patient", clinic.patient()));
      requests.add(request);
    }

    List<FhirClient.Answer> answers = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(RACERS);
    try {
      var start = new CountDownLatch(1);
      List<Future<FhirClient.Answer>> racing = new ArrayList<>();
      for (Parameters request : requests) {
        racing.add(
            pool.submit(
                () -> {
                  start.await();
                  return fhir.post("Appointment/$book", request);
                }));
      }
      start.countDown();
      for (var answer : racing) {
        answers.add(answer.get());
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(answers).filteredOn(a -> a.status() == 200).hasSize(1);
    assertThat(answers)
        .filteredOn(a -> a.status() != 200)
        .allSatisfy(a -> assertOutcome(a, 409, ""));
    assertThat(
            jdbc.queryForObject(
                "select count(*) from appointment where clinician_id = ? and status <> 'CANCELLED'",
                Integer.class,
                physician.toString()))
        .isEqualTo(1);
  }

  private Bundle find(FhirClient fhir, UUID patient) {
    var answer =
        fhir.get(
            "Appointment/$find?service-type="
                + FhirSystems.PROCEDURE_TYPE
                + "|ESI_TF_LUMB&start="
                + monday
                + "&end="
                + monday.plusDays(4)
                + "&practitioner=Practitioner/"
                + physician
                + "&location=Location/"
                + room
                + (patient == null ? "" : "&patient=Patient/" + patient)
                + "&_count=3");
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.resource(Bundle.class);
  }

  /** {@code $book}'s parameters: the proposed appointment, a left L4-L5 lumbar site. */
  private static Parameters book(Appointment proposed) {
    var parameters = new Parameters();
    parameters.addParameter().setName("appointment").setResource(proposed.copy());
    parameters.addParameter("site-region", new StringType("lumbar"));
    parameters.addParameter("site-level", new StringType("L4-L5"));
    parameters.addParameter("laterality", new StringType("left"));
    return parameters;
  }
}
