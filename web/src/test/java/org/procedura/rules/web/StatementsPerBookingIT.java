package org.procedura.rules.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.apitest.ClinicSetup.WEEKDAYS;
import static org.procedura.apitest.ClinicSetup.at;
import static org.procedura.apitest.ClinicSetup.mondayAfterNext;
import static org.procedura.apitest.ClinicSetup.tfEsi;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.procedura.apitest.Api.Response;
import org.procedura.apitest.ApiIntegrationTest;
import org.procedura.apitest.StatementCounter;
import org.springframework.test.context.TestPropertySource;

/**
 * The rules read the patient's chart with a fixed number of statements: a booking for a patient
 * with thirty procedures on the chart sends exactly as many as one for a patient with none.
 */
@TestPropertySource(
    properties =
        "spring.datasource.hikari.data-source-properties.queryInterceptors="
            + "org.procedura.apitest.StatementCounter")
class StatementsPerBookingIT extends ApiIntegrationTest {

  @Test
  void aBookingSendsAsManyStatementsForALongHistoryAsForNone() {
    UUID physician =
        clinic.clinician(
            List.of("ESI_TF_LUMB", "TPI"), LocalTime.of(8, 0), LocalTime.of(17, 0), WEEKDAYS);
    UUID room =
        clinic.room(
            "PROCEDURE_SUITE",
            List.of("FLUOROSCOPY"),
            LocalTime.of(7, 0),
            LocalTime.of(18, 0),
            WEEKDAYS);
    UUID newcomer = clinic.patient();
    UUID regular = clinic.patient();
    medicate(newcomer);
    medicate(regular);
    LocalDate monday = mondayAfterNext();
    for (int week = 1; week <= 30; week++) {
      book(tfEsi(regular, physician, room, at(monday.plusWeeks(week), 9, 0)));
    }
    book(tfEsi(newcomer, physician, room, at(monday, 13, 0))); // warms the caches alike

    long forNone = statementsToBook(tfEsi(newcomer, physician, room, at(monday, 10, 0)));
    long forThirty = statementsToBook(tfEsi(regular, physician, room, at(monday, 11, 0)));

    assertThat(forNone).isPositive();
    assertThat(forThirty)
        .as("statements for a booking with thirty on the chart")
        .isEqualTo(forNone);
  }

  private void medicate(UUID patient) {
    clinic.addToProfile(
        patient,
        "medications",
        Map.of(
            "name", "Ibuprofen 400 mg",
            "antithromboticClass", "NSAID_IBUPROFEN",
            "lastConfirmedOn", LocalDate.now().toString()));
  }

  private long statementsToBook(Map<String, Object> booking) {
    long before = StatementCounter.sent();
    book(booking);
    return StatementCounter.sent() - before;
  }

  private void book(Map<String, Object> booking) {
    Response booked = api.as("physician").post("/api/v1/appointments/procedures", booking);
    assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
  }
}
