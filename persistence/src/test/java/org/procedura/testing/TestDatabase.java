package org.procedura.testing;

import ch.qos.logback.classic.Level;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.dockerclient.DockerClientProviderStrategy;
import org.testcontainers.mysql.MySQLContainer;

/**
 * The real MySQL-family database the integration tests run against, one server per test JVM.
 *
 * <ul>
 *   <li>With a Docker engine (and {@code PROCEDURA_TEST_DB} not {@code local}): MySQL 8.4 in a
 *       Testcontainers container.
 *   <li>Otherwise the server at {@code PROCEDURA_TEST_DB_HOST}:{@code PROCEDURA_TEST_DB_PORT}
 *       (default 127.0.0.1:3306, user {@code root}, empty password; see {@code
 *       PROCEDURA_TEST_DB_USER} and {@code _PASSWORD}).
 * </ul>
 *
 * Every schema is created fresh for the run and dropped when the JVM exits. When neither server can
 * be reached the tests fail with a message that says what to start: they never skip.
 */
public final class TestDatabase {
  private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);
  private static final String MYSQL_IMAGE = "mysql:8.4";
  private static final String OPTIONS =
      "?sslMode=DISABLED&allowPublicKeyRetrieval=true&connectionTimeZone=UTC";
  private static final String RUN =
      LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
          + "_"
          + ProcessHandle.current().pid();
  private static final AtomicInteger schemas = new AtomicInteger();
  private static final List<String> created = new ArrayList<>();

  private static Server server;
  private static Coordinates shared;

  /** A schema of the test server and how to reach it. */
  public record Coordinates(String url, String username, String password, String productVersion) {
    public boolean mariaDb() {
      return productVersion.contains("MariaDB");
    }

    /**
     * MariaDB's own version ("5.5.5-10.11.19-MariaDB" through the MySQL driver), as {major, minor},
     * so that Hibernate does not judge the dialect by the 5.5.5 prefix.
     */
    public int[] mariaDbVersion() {
      var matcher =
          java.util.regex.Pattern.compile("5\\.5\\.5-(\\d+)\\.(\\d+)").matcher(productVersion);
      return matcher.find()
          ? new int[] {Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))}
          : null;
    }

    /** The Hibernate dialect to name explicitly, or null where Hibernate detects it. */
    public String dialect() {
      // MariaDB answers the MySQL driver with version 5.5.5, which Hibernate would misread.
      return mariaDb() ? "org.hibernate.dialect.MariaDBDialect" : null;
    }
  }

  private record Server(String baseUrl, String adminUser, String adminPassword, String product) {}

  private TestDatabase() {}

  /** The schema the Spring test contexts of this JVM share. */
  public static synchronized Coordinates coordinates() {
    if (shared == null) {
      shared = freshSchema();
    }
    return shared;
  }

  /** A schema of its own, for a test that must start from an empty database. */
  public static synchronized Coordinates freshSchema() {
    Server db = server();
    String schema = "procedura_it_" + RUN + "_" + schemas.incrementAndGet();
    execute(db, "CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    created.add(schema);
    return new Coordinates(
        db.baseUrl() + schema + OPTIONS, db.adminUser(), db.adminPassword(), db.product());
  }

  /** Points Spring's datasource at the shared test schema. */
  public static void register(DynamicPropertyRegistry registry) {
    Coordinates db = coordinates();
    registry.add("spring.datasource.url", db::url);
    registry.add("spring.datasource.username", db::username);
    registry.add("spring.datasource.password", db::password);
    // messages are delivered by the tests that test them (MessagingIT), never by a scheduled round
    // acting on other tests' bookings in the shared schema
    registry.add("procedura.messaging.dispatcher-enabled", () -> "false");
    if (db.dialect() != null) {
      registry.add("spring.jpa.database-platform", db::dialect);
    }
    int[] version = db.mariaDbVersion();
    if (version != null) {
      registry.add(
          "spring.jpa.properties.jakarta.persistence.database-major-version", () -> version[0]);
      registry.add(
          "spring.jpa.properties.jakarta.persistence.database-minor-version", () -> version[1]);
    }
  }

  private static Server server() {
    if (server == null) {
      boolean local = "local".equals(env("PROCEDURA_TEST_DB", "auto"));
      server = !local && dockerAvailable() ? container() : localServer();
      log.info("Integration tests run against {} at {}", server.product(), server.baseUrl());
      Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::dropCreatedSchemas));
    }
    return server;
  }

  /**
   * Asks Testcontainers whether a Docker engine answers. Without one its provider strategy logs an
   * ERROR listing every strategy it tried, which reads like a failed test; here no Docker is the
   * expected way to the local server, so the probe is kept quiet and the line logged by {@link
   * #server()} says which database the tests use.
   */
  private static boolean dockerAvailable() {
    Logger probe = LoggerFactory.getLogger(DockerClientProviderStrategy.class);
    Level quieted = null;
    if (probe instanceof ch.qos.logback.classic.Logger logback) {
      quieted = logback.getLevel();
      logback.setLevel(Level.OFF);
    }
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException e) {
      return false;
    } finally {
      if (probe instanceof ch.qos.logback.classic.Logger logback) {
        logback.setLevel(quieted);
      }
    }
  }

  @SuppressWarnings("resource") // stopped by Testcontainers' reaper when the JVM exits
  private static Server container() {
    var mysql = new MySQLContainer(MYSQL_IMAGE);
    mysql.start();
    String baseUrl = "jdbc:mysql://" + mysql.getHost() + ":" + mysql.getMappedPort(3306) + "/";
    return new Server(
        baseUrl, "root", mysql.getPassword(), product(baseUrl, "root", mysql.getPassword()));
  }

  private static Server localServer() {
    String host = env("PROCEDURA_TEST_DB_HOST", "127.0.0.1");
    String port = env("PROCEDURA_TEST_DB_PORT", "3306");
    String user = env("PROCEDURA_TEST_DB_USER", "root");
    String password = env("PROCEDURA_TEST_DB_PASSWORD", "");
    String baseUrl = "jdbc:mysql://" + host + ":" + port + "/";
    try {
      return new Server(baseUrl, user, password, product(baseUrl, user, password));
    } catch (IllegalStateException e) {
      throw new IllegalStateException(
          "No database for the integration tests: no Docker engine is reachable, and the"
              + " MySQL-compatible server at "
              + host
              + ":"
              + port
              + " refused ("
              + e.getCause().getMessage()
              + "). Start Docker, or start MySQL/MariaDB there (e.g. `start-stop-daemon --start"
              + " --oknodo --background --exec /usr/sbin/mariadbd`), or point"
              + " PROCEDURA_TEST_DB_HOST/PORT/USER/PASSWORD at one.",
          e.getCause());
    }
  }

  private static String product(String baseUrl, String user, String password) {
    try (Connection connection = DriverManager.getConnection(baseUrl + OPTIONS, user, password)) {
      var meta = connection.getMetaData();
      return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void execute(Server db, String sql) {
    try (Connection connection =
            DriverManager.getConnection(
                db.baseUrl() + OPTIONS, db.adminUser(), db.adminPassword());
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not run `" + sql + "` on the test server", e);
    }
  }

  private static synchronized void dropCreatedSchemas() {
    for (String schema : created) {
      try {
        execute(server, "DROP DATABASE IF EXISTS " + schema);
      } catch (IllegalStateException e) {
        log.warn("Could not drop test schema {}: {}", schema, e.getCause().getMessage());
      }
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
