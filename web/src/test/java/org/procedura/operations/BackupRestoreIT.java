package org.procedura.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.apitest.ClinicSetup.WEEKDAYS;
import static org.procedura.apitest.ClinicSetup.at;
import static org.procedura.apitest.ClinicSetup.mondayAfterNext;
import static org.procedura.apitest.ClinicSetup.tfEsi;

import com.zaxxer.hikari.HikariDataSource;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The runbook's logical backup, on the real server: dump the schema with the server's dump tool,
 * drop it, create it again, load the dump, and every booking is there as it was, through the API.
 */
class BackupRestoreIT extends OwnDatabaseTest {
  @Autowired DataSource dataSource;

  @Test
  void aDumpRestoredAfterTheSchemaWasDroppedHasEveryBooking(@TempDir Path dir) throws Exception {
    UUID physician =
        clinic.clinician(List.of("ESI_TF_LUMB"), LocalTime.of(8, 0), LocalTime.of(17, 0), WEEKDAYS);
    UUID room =
        clinic.room(
            "PROCEDURE_SUITE",
            List.of("FLUOROSCOPY"),
            LocalTime.of(7, 0),
            LocalTime.of(18, 0),
            WEEKDAYS);
    LocalDate monday = mondayAfterNext();
    List<String> bookings = new ArrayList<>();
    for (int hour = 9; hour < 12; hour++) {
      var booked =
          api.as("frontdesk")
              .post(
                  "/api/v1/appointments/procedures",
                  tfEsi(clinic.patient(), physician, room, at(monday, hour, 0)));
      assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
      bookings.add(booked.json().path("id").asString());
    }
    Map<String, String> before = answers(bookings);
    Map<String, Long> rowsBefore = rowCounts();

    Path dump = dir.resolve("procedura.sql");
    run(dump, null, dumpTool(), "--single-transaction", "--routines", "--triggers", "--hex-blob");
    assertThat(Files.size(dump)).isPositive();
    asAdmin("DROP DATABASE " + SCHEMA);
    asAdmin("CREATE DATABASE " + SCHEMA + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    run(null, dump.toFile(), clientTool());
    dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();

    assertThat(rowCounts()).isEqualTo(rowsBefore);
    assertThat(answers(bookings)).isEqualTo(before);
    assertThat(rowsBefore.get("appointment")).isGreaterThanOrEqualTo(3);
  }

  private Map<String, String> answers(List<String> bookings) {
    Map<String, String> answers = new LinkedHashMap<>();
    for (String id : bookings) {
      var answer = api.as("frontdesk").get("/api/v1/appointments/" + id);
      assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
      answers.put(id, answer.raw());
    }
    return answers;
  }

  private Map<String, Long> rowCounts() {
    var jdbc = new JdbcTemplate(dataSource);
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table :
        jdbc.queryForList(
            "select table_name from information_schema.tables where table_schema = ?"
                + " and table_type = 'BASE TABLE' order by table_name",
            String.class,
            SCHEMA)) {
      counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
    }
    return counts;
  }

  private static String dumpTool() {
    return onPath("mariadb-dump") ? "mariadb-dump" : "mysqldump";
  }

  private static String clientTool() {
    return onPath("mariadb") ? "mariadb" : "mysql";
  }

  private static boolean onPath(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }

  /** Runs the server's command-line tool as the administrator against this test's schema. */
  private static void run(Path output, File input, String tool, String... options)
      throws IOException, InterruptedException {
    var server = server(ADMIN.url());
    List<String> command = new ArrayList<>();
    command.add(tool);
    command.add("--protocol=TCP");
    command.add("--host=" + server.getHost());
    command.add("--port=" + (server.getPort() < 0 ? 3306 : server.getPort()));
    command.add("--user=" + ADMIN.username());
    command.addAll(List.of(options));
    command.add(SCHEMA);
    var process = new ProcessBuilder(command);
    // the password through the environment, never on a command line that ps shows
    process.environment().put("MYSQL_PWD", ADMIN.password() == null ? "" : ADMIN.password());
    if (output != null) {
      process.redirectOutput(output.toFile());
    }
    if (input != null) {
      process.redirectInput(input);
    }
    Path errors = Files.createTempFile("procedura-" + tool, ".err");
    process.redirectError(errors.toFile());
    Process started = process.start();
    assertThat(started.waitFor(5, TimeUnit.MINUTES)).as(tool + " finished").isTrue();
    assertThat(started.exitValue()).as(tool + ": " + Files.readString(errors)).isZero();
  }
}
