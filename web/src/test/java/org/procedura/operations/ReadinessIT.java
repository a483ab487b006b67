package org.procedura.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readiness follows the database, liveness does not: with the application's database user locked
 * out, the instance is taken out of the load balancer but not restarted, and it is ready again as
 * soon as the database lets it in.
 */
class ReadinessIT extends OwnDatabaseTest {
  private static final String READINESS = "/actuator/health/readiness";
  private static final String LIVENESS = "/actuator/health/liveness";

  @Test
  void readinessIsDownWhileTheDatabaseRefusesTheApplicationAndLivenessStaysUp() throws Exception {
    assertThat(api.anonymous().get(READINESS).status()).isEqualTo(200);
    assertThat(api.anonymous().get(LIVENESS).status()).isEqualTo(200);

    asAdmin("ALTER USER '" + APP_USER + "'@'%' ACCOUNT LOCK");
    try {
      disconnectApplicationUser();
      assertThat(statusWithin(READINESS, 503, Duration.ofSeconds(30))).isEqualTo(503);
      var down = api.anonymous().get(READINESS);
      assertThat(down.json().path("status").asString()).isEqualTo("DOWN");
      assertThat(down.raw()).doesNotContain(APP_USER).doesNotContain(SCHEMA);
      assertThat(api.anonymous().get(LIVENESS).status()).isEqualTo(200);
    } finally {
      asAdmin("ALTER USER '" + APP_USER + "'@'%' ACCOUNT UNLOCK");
    }
    assertThat(statusWithin(READINESS, 200, Duration.ofSeconds(30))).isEqualTo(200);
  }

  private int statusWithin(String path, int wanted, Duration patience) throws InterruptedException {
    Instant until = Instant.now().plus(patience);
    int status = api.anonymous().get(path).status();
    while (status != wanted && Instant.now().isBefore(until)) {
      Thread.sleep(250);
      status = api.anonymous().get(path).status();
    }
    return status;
  }

  /** Ends the pool's open connections, so that it has to log in again. */
  private static void disconnectApplicationUser() throws SQLException {
    List<Long> sessions = new ArrayList<>();
    try (Connection admin =
            DriverManager.getConnection(ADMIN.url(), ADMIN.username(), ADMIN.password());
        var query =
            admin.prepareStatement(
                "select id from information_schema.processlist where user = ?")) {
      query.setString(1, APP_USER);
      try (var rows = query.executeQuery()) {
        while (rows.next()) {
          sessions.add(rows.getLong(1));
        }
      }
      for (long session : sessions) {
        try (var kill = admin.createStatement()) {
          kill.execute("KILL CONNECTION " + session);
        } catch (SQLException gone) {
          // ended on its own meanwhile
        }
      }
    }
  }
}
