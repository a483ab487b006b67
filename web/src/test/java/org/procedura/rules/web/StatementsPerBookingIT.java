package org.procedura.rules.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.apitest.ClinicSetup.at;
import static org.procedura.apitest.ClinicSetup.mondayAfterNext;
import static org.procedura.apitest.ClinicSetup.tfEsi;

import java.time.LocalDate;
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
    UUID physician = clinic.physician("ESI_TF_LUMB", "TPI");
    UUID room = clinic.fluoroscopySuite();
    UUID newcomer = clinic.patient();
    UUID regular = clinic.patient();
    LocalDate monday = mondayAfterNext();
    List<String> history = new java.util.ArrayList<>();
    for (int week = 0; week < 30; week++) {
      history.add(book(tfEsi(regular, physician, room, at(monday.plusWeeks(week), 9, 0))));
    }
    for (int week = 0; week < 3; week++) { // done, so records, diaries and follow-ups are read too
      complete(history.get(week), monday.plusWeeks(week));
    }
    LocalDate later = monday.plusWeeks(40);
    book(tfEsi(newcomer, physician, room, at(later, 13, 0))); // warms the caches alike

    long forNone = statementsToBook(tfEsi(newcomer, physician, room, at(later, 10, 0)));
    long forThirty = statementsToBook(tfEsi(regular, physician, room, at(later, 11, 0)));

    assertThat(forNone).isPositive();
    assertThat(forThirty)
        .as("statements for a booking with thirty on the chart")
        .isEqualTo(forNone);
  }

  private long statementsToBook(Map<String, Object> booking) {
    long before = StatementCounter.sent();
    book(booking);
    return StatementCounter.sent() - before;
  }

  private String book(Map<String, Object> booking) {
    Response booked = api.as("physician").post("/api/v1/appointments/procedures", booking);
    assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
    return booked.json().path("id").asString();
  }

  private void complete(String appointment, LocalDate day) {
    clock.jumpTo(at(day, 8, 30).toInstant());
    clinic.complete(appointment);
  }
}
