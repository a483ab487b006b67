package org.procedura;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.procedura.apitest.Api;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The README's run command: the app on its embedded default (file-backed H2 in MySQL mode, demo
 * data), with only the data directory moved to a temporary folder.
 */
class EmbeddedDefaultIT {
  @TempDir Path dataDir;

  @Test
  void startsWithTheDemoClinicAndKeepsItsDataAcrossARestart() {
    String patientId;
    try (var app = start()) {
      Api api = new Api(port(app));
      assertThat(api.anonymous().get("/actuator/health").json().path("status").asString())
          .isEqualTo("UP");
      assertThat(api.anonymous().get("/api/v1/procedure-types").status()).isEqualTo(401);
      assertThat(api.as("frontdesk").get("/api/v1/procedure-types").json().size()).isEqualTo(18);
      var toSchedule = api.as("frontdesk").get("/api/v1/referrals/to-schedule").json();
      assertThat(toSchedule.path("content").get(0).path("mrn").asString()).isEqualTo("D000000301");
      var demoProfile =
          api.as("nurse")
              .get("/api/v1/patients/00000000-0000-7000-8000-000000000301/clinical-profile")
              .json();
      assertThat(demoProfile.path("medications").get(0).path("antithromboticClass").asString())
          .isEqualTo("CLOPIDOGREL");
      assertThat(demoProfile.path("diagnoses").get(0).path("chronicPain").asBoolean()).isTrue();
      var registered =
          api.as("frontdesk")
              .post(
                  "/api/v1/patients",
                  Map.of(
                      "givenName", "Embedded",
                      "familyName", "Demo",
                      "dateOfBirth", "1977-07-07",
                      "sex", "MALE"));
      assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
      patientId = registered.json().path("id").asString();
    }
    assertThat(Files.exists(dataDir.resolve("procedura.mv.db"))).isTrue();

    try (var restarted = start()) {
      Api api = new Api(port(restarted));
      var found = api.as("nurse").get("/api/v1/patients/" + patientId);
      assertThat(found.status()).isEqualTo(200);
      assertThat(found.json().path("familyName").asString()).isEqualTo("Demo");
    }
  }

  private ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(ProceduraApplication.class)
        .run("--server.port=0", "--procedura.data-dir=" + dataDir.toAbsolutePath());
  }

  private static int port(ConfigurableApplicationContext app) {
    return Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
  }
}
