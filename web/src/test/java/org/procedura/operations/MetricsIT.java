package org.procedura.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.apitest.ClinicSetup.WEEKDAYS;
import static org.procedura.apitest.ClinicSetup.at;
import static org.procedura.apitest.ClinicSetup.mondayAfterNext;
import static org.procedura.apitest.ClinicSetup.tfEsi;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.procedura.apitest.ApiIntegrationTest;
import org.procedura.apitest.ClinicSetup;

/**
 * The Prometheus endpoint: administrators only, with request, booking, availability, rule-finding,
 * connection-pool and JVM metrics, none of which names a patient.
 */
class MetricsIT extends ApiIntegrationTest {
  private static final String PROMETHEUS = "/actuator/prometheus";

  @Test
  void onlyAnAdministratorMayScrapeTheMetrics() {
    assertThat(api.anonymous().get(PROMETHEUS).status()).isEqualTo(401);
    for (String user : List.of("frontdesk", "nurse", "physician")) {
      assertThat(api.as(user).get(PROMETHEUS).status()).as(user).isEqualTo(403);
    }
    var scraped = api.as("admin").get(PROMETHEUS);
    assertThat(scraped.status()).isEqualTo(200);
    assertThat(scraped.contentType()).startsWith("text/plain");
    assertThat(scraped.raw())
        .contains("http_server_requests_seconds_bucket")
        .contains("hikaricp_connections_active")
        .contains("jvm_memory_used_bytes")
        .contains("application=\"procedura\"");
  }

  @Test
  void bookingsSearchesAndRuleFindingsAreTimedAndCounted() {
    UUID physician =
        clinic.clinician(List.of("ESI_TF_LUMB"), LocalTime.of(8, 0), LocalTime.of(17, 0), WEEKDAYS);
    UUID room =
        clinic.room(
            "PROCEDURE_SUITE",
            List.of("FLUOROSCOPY"),
            LocalTime.of(7, 0),
            LocalTime.of(18, 0),
            WEEKDAYS);
    UUID patient = clinic.patient();
    clinic.addToProfile(
        patient,
        "medications",
        Map.of(
            "name",
            "Clopidogrel 75 mg",
            "antithromboticClass",
            "CLOPIDOGREL",
            "lastConfirmedOn",
            LocalDate.now(ClinicSetup.ZONE).toString()));
    var warnedBefore = value(FINDING_REFUSED);
    var acknowledgedBefore = value(FINDING_ACKNOWLEDGED);
    var refusedBefore = value(BOOKINGS_REFUSED);
    var bookedBefore = value(BOOKINGS_DONE);
    var searchesBefore = value(SEARCHES);
    var waitingBefore = value(OUTBOX_WAITING);

    var booking = tfEsi(patient, physician, room, at(mondayAfterNext(), 9, 0));
    assertThat(api.as("frontdesk").post("/api/v1/appointments/procedures", booking).status())
        .isEqualTo(422);
    booking.put(
        "acknowledgement",
        Map.of("ruleIds", List.of("ANTITHROMBOTIC_HOLD"), "reason", "cardiology agrees"));
    assertThat(api.as("physician").post("/api/v1/appointments/procedures", booking).status())
        .isEqualTo(201);
    LocalDate monday = mondayAfterNext();
    assertThat(
            api.as("frontdesk")
                .get(
                    "/api/v1/availability?procedureType=ESI_TF_LUMB&from="
                        + monday
                        + "&to="
                        + monday.plusDays(4))
                .status())
        .isEqualTo(200);

    assertThat(value(FINDING_REFUSED)).isEqualTo(warnedBefore + 1);
    assertThat(value(FINDING_ACKNOWLEDGED)).isEqualTo(acknowledgedBefore + 1);
    assertThat(value(BOOKINGS_REFUSED)).isEqualTo(refusedBefore + 1);
    assertThat(value(BOOKINGS_DONE)).isEqualTo(bookedBefore + 1);
    assertThat(value(SEARCHES)).isEqualTo(searchesBefore + 1);
    assertThat(value(OUTBOX_WAITING))
        .as("the booking's confirmation and reminders wait in the outbox")
        .isGreaterThan(waitingBefore);
    assertThat(api.as("admin").get(PROMETHEUS).raw())
        .contains("procedura_bookings_seconds_bucket")
        .doesNotContain(patient.toString());
  }

  private static final String FINDING_REFUSED =
      "procedura_rule_findings_total{application=\"procedura\",outcome=\"refused\","
          + "rule=\"ANTITHROMBOTIC_HOLD\",severity=\"WARN\"}";
  private static final String FINDING_ACKNOWLEDGED =
      "procedura_rule_findings_total{application=\"procedura\",outcome=\"acknowledged\","
          + "rule=\"ANTITHROMBOTIC_HOLD\",severity=\"WARN\"}";
  private static final String BOOKINGS_REFUSED =
      "procedura_bookings_seconds_count{application=\"procedura\",kind=\"procedure\","
          + "outcome=\"rules\"}";
  private static final String BOOKINGS_DONE =
      "procedura_bookings_seconds_count{application=\"procedura\",kind=\"procedure\","
          + "outcome=\"done\"}";
  private static final String OUTBOX_WAITING =
      "procedura_outbox_messages{application=\"procedura\",state=\"waiting\"}";
  private static final String SEARCHES =
      "procedura_availability_searches_seconds_count{application=\"procedura\",kind=\"slots\","
          + "outcome=\"done\"}";

  /** The sample's value in the scrape, 0 while it has none. */
  private double value(String series) {
    return Arrays.stream(api.as("admin").get(PROMETHEUS).raw().split("\n"))
        .filter(line -> line.startsWith(series + " "))
        .mapToDouble(line -> Double.parseDouble(line.substring(series.length() + 1).trim()))
        .findFirst()
        .orElse(0);
  }
}
