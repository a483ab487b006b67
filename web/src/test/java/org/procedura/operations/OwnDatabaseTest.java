package org.procedura.operations;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.procedura.apitest.Api;
import org.procedura.apitest.ClinicSetup;
import org.procedura.apitest.TestClock;
import org.procedura.testing.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a schema of its own, migrated by a migration user and run by an
 * application user with no DDL grants, as docs/operations.md tells a clinic to set them up. The
 * tests here may lock the application user out or drop and restore the schema without disturbing
 * the other tests.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.hikari.connection-timeout=2000")
@Import(TestClock.Configuration.class)
abstract class OwnDatabaseTest {
  static final TestDatabase.Coordinates ADMIN = TestDatabase.freshSchema();
  static final String SCHEMA = schemaOf(ADMIN.url());
  static final String SUFFIX = SCHEMA.substring(SCHEMA.length() - 12).replaceAll("[^0-9a-z]", "");
  static final String APP_USER = "procedura_app_" + SUFFIX;
  static final String MIGRATION_USER = "procedura_mig_" + SUFFIX;
  static final String APP_PASSWORD = "app-" + SUFFIX + "-Pw1";
  static final String MIGRATION_PASSWORD = "mig-" + SUFFIX + "-Pw1";

  static {
    createUsers();
  }

  @LocalServerPort int port;
  @Autowired protected TestClock clock;

  protected Api api;
  protected ClinicSetup clinic;

  @DynamicPropertySource
  static void ownDatabase(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", ADMIN::url);
    registry.add("spring.datasource.username", () -> APP_USER);
    registry.add("spring.datasource.password", () -> APP_PASSWORD);
    registry.add("spring.liquibase.user", () -> MIGRATION_USER);
    registry.add("spring.liquibase.password", () -> MIGRATION_PASSWORD);
    if (ADMIN.dialect() != null) {
      registry.add("spring.jpa.database-platform", ADMIN::dialect);
    }
    int[] version = ADMIN.mariaDbVersion();
    if (version != null) {
      registry.add(
          "spring.jpa.properties.jakarta.persistence.database-major-version", () -> version[0]);
      registry.add(
          "spring.jpa.properties.jakarta.persistence.database-minor-version", () -> version[1]);
    }
  }

  @BeforeEach
  void connect() {
    api = new Api(port);
    clinic = new ClinicSetup(api);
  }

  @AfterEach
  void backToNow() {
    clock.reset();
  }

  /** The grants of docs/operations.md, for this test's schema. */
  private static void createUsers() {
    for (String user : new String[] {APP_USER, MIGRATION_USER}) {
      asAdmin("DROP USER IF EXISTS '" + user + "'@'%'");
    }
    asAdmin("CREATE USER '" + MIGRATION_USER + "'@'%' IDENTIFIED BY '" + MIGRATION_PASSWORD + "'");
    asAdmin(
        "GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, DROP, INDEX, REFERENCES,"
            + " CREATE VIEW, SHOW VIEW, TRIGGER, LOCK TABLES ON "
            + SCHEMA
            + ".* TO '"
            + MIGRATION_USER
            + "'@'%'");
    asAdmin("CREATE USER '" + APP_USER + "'@'%' IDENTIFIED BY '" + APP_PASSWORD + "'");
    asAdmin("GRANT SELECT, INSERT, UPDATE, DELETE ON " + SCHEMA + ".* TO '" + APP_USER + "'@'%'");
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  for (String user : new String[] {APP_USER, MIGRATION_USER}) {
                    try {
                      asAdmin("DROP USER IF EXISTS '" + user + "'@'%'");
                    } catch (IllegalStateException ignored) {
                      // the server may be gone already
                    }
                  }
                }));
  }

  /** Runs a statement as the server's administrator, on no schema (the test's may be dropped). */
  static void asAdmin(String sql) {
    String server = ADMIN.url().replace("/" + SCHEMA + "?", "/?");
    try (Connection connection =
            DriverManager.getConnection(server, ADMIN.username(), ADMIN.password());
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  static Connection asApplicationUser() throws SQLException {
    return DriverManager.getConnection(ADMIN.url(), APP_USER, APP_PASSWORD);
  }

  static String schemaOf(String jdbcUrl) {
    String path = URI.create(jdbcUrl.substring("jdbc:".length())).getPath();
    return path.substring(1);
  }

  static URI server(String jdbcUrl) {
    return URI.create(jdbcUrl.substring("jdbc:".length()));
  }
}
