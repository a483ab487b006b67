package org.procedura.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.apitest.ClinicSetup.WEEKDAYS;
import static org.procedura.apitest.ClinicSetup.at;
import static org.procedura.apitest.ClinicSetup.mondayAfterNext;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procedura.apitest.Api;
import org.procedura.apitest.ApiIntegrationTest;
import org.procedura.clients.javanative.ApiClient;
import org.procedura.clients.javanative.api.AppointmentsApi;
import org.procedura.clients.javanative.model.BookProcedureRequest;
import org.procedura.clients.javanative.model.Laterality;
import org.procedura.clients.javanative.model.ProcedureSiteDto;
import org.procedura.clients.javanative.model.SpinalRegion;
import org.procedura.clients.restclient.model.BookVisitRequest;
import org.procedura.clients.restclient.model.VisitKind;

/**
 * The clients a developer generates from the committed {@code docs/openapi.json} (the web module's
 * build generates them with openapi-generator: Java {@code native} and {@code restclient}, compiled
 * with the tests, and {@code typescript-fetch}, compiled by tsc in {@code tools/clients}) book a
 * real appointment each against the running app.
 */
class GeneratedClientsIT extends ApiIntegrationTest {
  private static final Path TYPESCRIPT_BOOKING =
      Path.of("target/typescript-client/tools/clients/book.js");

  private UUID clinician;
  private UUID procedureSuite;
  private UUID consultRoom;
  private LocalDate monday;
  private String token;

  @BeforeEach
  void aClinic() {
    clinician =
        clinic.clinician(List.of("ESI_TF_LUMB"), LocalTime.of(7, 0), LocalTime.of(19, 0), WEEKDAYS);
    procedureSuite =
        clinic.room(
            "PROCEDURE_SUITE",
            List.of("FLUOROSCOPY"),
            LocalTime.of(7, 0),
            LocalTime.of(19, 0),
            WEEKDAYS);
    consultRoom =
        clinic.room("CONSULT_ROOM", List.of(), LocalTime.of(7, 0), LocalTime.of(19, 0), WEEKDAYS);
    monday = mondayAfterNext();
    token = api.signIn("frontdesk", "frontdesk-demo").json().path("accessToken").asString();
  }

  @Test
  void theJavaNativeClientBooksAProcedure() throws Exception {
    var client = new ApiClient();
    client.updateBaseUri(api.baseUrl());
    client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    UUID patient = clinic.patient();

    var booked =
        new AppointmentsApi(client)
            .bookProcedure(
                new BookProcedureRequest()
                    .patientId(patient)
                    .procedureType("ESI_TF_LUMB")
                    .clinicianId(clinician)
                    .roomId(procedureSuite)
                    .start(at(monday, 9, 0).toOffsetDateTime())
                    .site(
                        new ProcedureSiteDto()
                            .region(SpinalRegion.LUMBAR)
                            .levels(List.of("L4-L5"))
                            .laterality(Laterality.LEFT)),
                "java-native-" + UUID.randomUUID());

    assertThat(booked.getStatus().getValue()).isEqualTo("BOOKED");
    assertBookedFor(booked.getId(), patient);
  }

  @Test
  void theJavaRestClientBooksAVisit() {
    var client = new org.procedura.clients.restclient.ApiClient();
    client.setBasePath(api.baseUrl());
    client.setBearerToken(token);
    UUID patient = clinic.patient();

    var booked =
        new org.procedura.clients.restclient.api.AppointmentsApi(client)
            .bookVisit(
                new BookVisitRequest()
                    .patientId(patient)
                    .kind(VisitKind.CONSULT)
                    .clinicianId(clinician)
                    .roomId(consultRoom)
                    .start(at(monday, 10, 0).toOffsetDateTime()),
                "java-restclient-" + UUID.randomUUID());

    assertThat(booked.getStatus().getValue()).isEqualTo("BOOKED");
    assertBookedFor(booked.getId(), patient);
  }

  @Test
  void theTypeScriptFetchClientBooksAVisitOnNode() throws IOException, InterruptedException {
    assertThat(TYPESCRIPT_BOOKING)
        .as("compiled by the build's typescript-client-compile step (tools/clients)")
        .exists();
    UUID patient = clinic.patient();
    String request =
        Api.JSON.writeValueAsString(
            Map.of(
                "patientId", patient,
                "kind", "CONSULT",
                "clinicianId", clinician,
                "roomId", consultRoom,
                "start", at(monday, 11, 0).toOffsetDateTime().toString()));

    Process node =
        new ProcessBuilder("node", TYPESCRIPT_BOOKING.toString(), api.baseUrl(), token, request)
            .redirectErrorStream(true)
            .start();
    assertThat(node.waitFor(60, TimeUnit.SECONDS)).as("node finished").isTrue();
    String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(node.exitValue()).as(output).isZero();
    var booked = Api.JSON.readTree(output.strip().lines().reduce((first, last) -> last).orElse(""));
    assertThat(booked.path("status").asString()).isEqualTo("BOOKED");
    assertBookedFor(UUID.fromString(booked.path("id").asString()), patient);
  }

  private void assertBookedFor(UUID appointment, UUID patient) {
    var read = api.as("frontdesk").get("/api/v1/appointments/" + appointment);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().path("patientId").asString()).isEqualTo(patient.toString());
    assertThat(read.json().path("status").asString()).isEqualTo("BOOKED");
  }
}
