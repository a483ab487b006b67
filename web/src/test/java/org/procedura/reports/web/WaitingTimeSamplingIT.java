package org.procedura.reports.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.procedura.apitest.Api.Response;
import org.procedura.apitest.ApiIntegrationTest;
import org.procedura.apitest.ClinicSetup;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The morning job samples the first free slot of every active procedure type once a day: what the
 * availability search offers the front desk, and a second run the same day writes nothing.
 */
class WaitingTimeSamplingIT extends ApiIntegrationTest {
  @Autowired WaitingTimeSamplingJob job;

  @Test
  void samplesEachActiveTypeOnceADayAsTheSearchOffersIt() {
    LocalDate today = LocalDate.now(clock.withZone(ClinicSetup.ZONE));
    long active = 0;
    for (JsonNode type : api.as("frontdesk").get("/api/v1/procedure-types").json()) {
      if (type.path("active").asBoolean()) {
        active++;
      }
    }

    job.run();
    assertThat(job.run()).as("a second run the same day").isZero();

    Response report =
        api.as("frontdesk").get("/api/v1/reports/waiting-times?from=" + today + "&to=" + today);
    assertThat(report.status()).as(report.toString()).isEqualTo(200);
    JsonNode rows = report.json().path("rows");
    assertThat(rows.size()).isEqualTo((int) active);
    JsonNode esi = null;
    for (JsonNode row : rows) {
      assertThat(row.path("samples").asInt()).isEqualTo(1);
      if (row.path("procedureType").asString().equals("ESI_TF_LUMB")) {
        esi = row;
      }
    }
    assertThat(esi).isNotNull();
    JsonNode offered =
        api.as("frontdesk")
            .get(
                "/api/v1/availability?procedureType=ESI_TF_LUMB&limit=1&from="
                    + today
                    + "&to="
                    + today.plusDays(27))
            .json();
    assertThat(offered.size()).as("the demo clinic offers a lumbar ESI within four weeks").isOne();
    OffsetDateTime first = OffsetDateTime.parse(offered.get(0).path("start").asString());
    assertThat(OffsetDateTime.parse(esi.path("latestFirstSlotAt").asString()).toInstant())
        .isEqualTo(first.toInstant());
    assertThat(esi.path("latestWaitDays").asLong())
        .isEqualTo(
            ChronoUnit.DAYS.between(
                today, first.atZoneSameInstant(ClinicSetup.ZONE).toLocalDate()));
  }
}
