package org.procedura.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import org.procedura.bench.LargeClinic.Gap;
import org.procedura.testing.TestDatabase;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * Availability-search latency and booking throughput of the application on a large clinic, next to
 * a raw-JDBC baseline doing the same booking writes and conflict check, in one run on one machine.
 * Run with {@code ./mvnw -B -Pbench -pl web -am verify}; the report goes to standard output and
 * {@code bench-results/latest.md}.
 */
public final class Benchmark {
  private static final ZoneId ZONE = ZoneId.of("America/New_York");
  private static final String[] SEARCHED = {"ESI_TF_LUMB", "MBB_LUMB", "RFA_LUMB", "FACET_IA"};

  private final double searchRate =
      Double.parseDouble(System.getProperty("bench.searchRate", "10"));
  private final double bookingRate =
      Double.parseDouble(System.getProperty("bench.bookingRate", "10"));
  private final Duration openFor = Duration.ofSeconds(Long.getLong("bench.openSeconds", 60));
  private final Duration closedFor = Duration.ofSeconds(Long.getLong("bench.closedSeconds", 15));
  private final int workers = Integer.getInteger("bench.workers", 8);

  private final Random random = new Random(7);
  private final List<String> report = new ArrayList<>();
  private TestDatabase.Coordinates db;
  private LargeClinic clinic;
  private AppProcess app;
  private HttpClient http;
  private String token;
  private Queue<Gap> gaps;
  private long mariadb;

  public static void main(String[] args) throws Exception {
    new Benchmark().run(Path.of(System.getProperty("bench.out", "../bench-results")));
  }

  private void run(Path out) throws Exception {
    Files.createDirectories(out);
    db = TestDatabase.freshSchema();
    mariadb = CpuTime.pidOf("mariadbd");
    try (AppProcess started = AppProcess.start(AppProcess.jar(), db, out.resolve("app.log"))) {
      app = started;
      seed();
      http = HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor()).build();
      token = signIn();
      line("");
      line(
          "| scenario | load | requests | answers | p50 ms | p95 ms | p99 ms | max ms | per second | app CPU ms/req | DB CPU ms/req | driver CPU ms/req |");
      line("|---|---|---|---|---|---|---|---|---|---|---|---|");
      // warm-up, not reported
      Load.open(http, searchRate, Duration.ofSeconds(20), this::search);
      long http201 =
          Load.open(http, bookingRate, Duration.ofSeconds(10), this::booking).status(201);
      measure(
          "availability search",
          "open, %.0f/s for %ds".formatted(searchRate, openFor.toSeconds()),
          () -> Load.open(http, searchRate, openFor, this::search),
          200);
      http201 +=
          measure(
                  "booking (HTTP)",
                  "open, %.0f/s for %ds".formatted(bookingRate, openFor.toSeconds()),
                  () -> Load.open(http, bookingRate, openFor, this::booking),
                  201)
              .status(201);
      Load.Result app201 =
          measure(
              "booking (HTTP)",
              "closed, %d workers for %ds".formatted(workers, closedFor.toSeconds()),
              this::closedHttpBookings,
              201);
      http201 += app201.status(201);
      Load.Result jdbc201 =
          measure(
              "booking (raw JDBC baseline)",
              "closed, %d workers for %ds".formatted(workers, closedFor.toSeconds()),
              this::closedJdbcBookings,
              201);
      line("");
      checkRowsMatch("Z", "HTTP", http201);
      checkRowsMatch("Y", "raw JDBC", jdbc201.status(201));
      line("");
      line(
          "Booking throughput, application over raw JDBC: %.2f (%.1f/s vs %.1f/s)"
              .formatted(
                  app201.perSecond(201) / jdbc201.perSecond(201),
                  app201.perSecond(201),
                  jdbc201.perSecond(201)));
      checkNoOverlap();
      refusals.forEach(refusal -> line("Unexpected booking answer: " + refusal));
      reports();
    }
    String text = String.join("\n", report) + "\n";
    Files.writeString(out.resolve("latest.md"), text);
  }

  private void seed() throws SQLException {
    long began = System.nanoTime();
    try (Connection connection = connection()) {
      clinic = LargeClinic.seed(connection, ZONE, LocalDate.now(ZONE));
      history = ClinicHistory.seed(connection, LocalDate.now(ZONE), ZONE);
      insertBookingPatients(connection, "Z", 20_000);
      insertBookingPatients(connection, "Y", 20_000);
      password = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
      try (var user =
              connection.prepareStatement(
                  "insert into user_account (id, username, password_hash, display_name, enabled, version)"
                      + " values (?, 'bench', ?, 'Benchmark front desk', true, 0)");
          var role =
              connection.prepareStatement(
                  "insert into user_account_role (user_account_id, role) values (?, 'FRONT_DESK')")) {
        String id = UUID.randomUUID().toString();
        user.setString(1, id);
        user.setString(
            2, PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(password));
        user.executeUpdate();
        role.setString(1, id);
        role.executeUpdate();
        // the outcome reports are for physicians and administrators
        try (var admin =
            connection.prepareStatement(
                "insert into user_account_role (user_account_id, role) values (?, 'ADMIN')")) {
          admin.setString(1, id);
          admin.executeUpdate();
        }
      }
      connection.commit();
    }
    List<Gap> shuffled = new ArrayList<>(clinic.gaps);
    Collections.shuffle(shuffled, random);
    gaps = new ConcurrentLinkedQueue<>(shuffled);
    line("# Benchmark, " + ZonedDateTime.now(ZONE).toLocalDate());
    line("");
    line(
        "Machine: %d cores, %s; JDK %s; database %s."
            .formatted(
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("java.version"), db.productVersion()));
    line(
        "Clinic: %d clinicians, %d rooms, %d patients; %,d appointments over a year holding %,d cells, seeded in %.0f s; %,d free 40-minute stretches kept for booking."
            .formatted(
                LargeClinic.CLINICIANS,
                clinic.procedureRooms.size() + clinic.consultRooms.size(),
                LargeClinic.PATIENTS,
                clinic.appointments,
                clinic.cells,
                (System.nanoTime() - began) / 1e9,
                clinic.gaps.size()));
    line(
        "History for the reports: %,d procedure records, %,d follow-ups, %,d referrals."
            .formatted(history.records, history.followUps, history.referrals));
  }

  private static final String[] REPORTS = {
    "utilisation?resource=ROOM&period=DAY",
    "utilisation?resource=CLINICIAN&period=WEEK",
    "attendance?",
    "referral-times?olderThanDays=30",
    "waiting-times?",
    "responders?groupBy=PROCEDURE_TYPE",
    "responders?groupBy=PHYSICIAN",
    "durable-relief?",
    "responders.csv?groupBy=REGION"
  };

  /**
   * Each report over the whole year of the book (half a year back to half a year ahead), one
   * request at a time: one to warm up, then five timed.
   */
  private void reports() throws Exception {
    LocalDate today = LocalDate.now(ZONE);
    String range = "from=" + today.minusDays(182) + "&to=" + today.plusDays(182);
    line("");
    line("| report (a year) | answer | bytes | p50 ms | max ms |");
    line("|---|---|---|---|---|");
    for (String report : REPORTS) {
      String path = "/api/v1/reports/" + report + (report.endsWith("?") ? "" : "&") + range;
      HttpResponse<String> answer = null;
      List<Double> millis = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        long began = System.nanoTime();
        answer = http.send(authorized(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (i > 0) {
          millis.add((System.nanoTime() - began) / 1e6);
        }
      }
      Collections.sort(millis);
      line(
          "| %s | %d | %,d | %.0f | %.0f |"
              .formatted(
                  report.replace("?", " ").replace("&", " ").trim(),
                  answer.statusCode(),
                  answer.body().length(),
                  millis.get(2),
                  millis.get(4)));
    }
  }

  private String password;
  private ClinicHistory history;
  private final Queue<UUID> httpPatients = new ConcurrentLinkedQueue<>();
  private final Queue<UUID> jdbcPatients = new ConcurrentLinkedQueue<>();

  private void insertBookingPatients(Connection connection, String prefix, int count)
      throws SQLException {
    try (var patient =
        connection.prepareStatement(
            "insert into patient (id, mrn, given_name, family_name, date_of_birth, sex, version)"
                + " values (?, ?, 'Bench', 'Booking', '1970-01-01', 'OTHER', 0)")) {
      for (int i = 0; i < count; i++) {
        UUID id = UUID.randomUUID();
        (prefix.equals("Z") ? httpPatients : jdbcPatients).add(id);
        patient.setString(1, id.toString());
        patient.setString(2, prefix + "%09d".formatted(i));
        patient.addBatch();
      }
      patient.executeBatch();
    }
  }

  private HttpRequest search() {
    LocalDate from = LocalDate.now(ZONE).plusDays(1 + random.nextInt(150));
    StringBuilder query =
        new StringBuilder("/api/v1/availability?procedureType=")
            .append(SEARCHED[random.nextInt(SEARCHED.length)])
            .append("&from=")
            .append(from)
            .append("&to=")
            .append(from.plusDays(4))
            .append("&limit=10");
    int variant = random.nextInt(4);
    if (variant == 0) {
      query
          .append("&clinicianId=")
          .append(clinic.clinicians.get(random.nextInt(clinic.clinicians.size())));
    } else if (variant == 1) {
      query
          .append("&patientId=")
          .append(clinic.patients.get(random.nextInt(clinic.patients.size())));
    }
    return authorized(query.toString()).GET().build();
  }

  /** The first few unexpected answers, kept for the report. */
  private final List<String> refusals = java.util.Collections.synchronizedList(new ArrayList<>());

  private int bookOnce() throws Exception {
    var response = http.send(booking(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 201 && refusals.size() < 3) {
      refusals.add(response.statusCode() + " " + response.body());
    }
    return response.statusCode();
  }

  private HttpRequest booking() {
    Gap gap = gaps.poll();
    UUID patient = httpPatients.poll();
    if (gap == null || patient == null) {
      throw new IllegalStateException("out of free stretches or patients: lower the booking rate");
    }
    String body =
        """
        {"patientId":"%s","procedureType":"ESI_TF_LUMB","clinicianId":"%s","roomId":"%s",
         "start":"%s","site":{"region":"LUMBAR","levels":["L4-L5"],"laterality":"LEFT"}}"""
            .formatted(
                patient, gap.clinician(), gap.room(), gap.start().atZone(ZONE).toOffsetDateTime());
    return authorized("/api/v1/appointments/procedures")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  private Load.Result closedHttpBookings() throws InterruptedException {
    return Load.closed(workers, closedFor, () -> gaps.isEmpty() ? null : this::bookOnce);
  }

  private Load.Result closedJdbcBookings() throws Exception {
    ThreadLocal<JdbcBooking> connections =
        ThreadLocal.withInitial(
            () -> {
              try {
                return new JdbcBooking(db.url(), db.username(), db.password());
              } catch (SQLException e) {
                throw new IllegalStateException(e);
              }
            });
    return Load.closed(
        workers,
        closedFor,
        () -> {
          Gap gap = gaps.poll();
          UUID patient = jdbcPatients.poll();
          return gap == null || patient == null
              ? null
              : () -> connections.get().book(patient, gap.clinician(), gap.room(), gap.start());
        });
  }

  private interface Scenario {
    Load.Result run() throws Exception;
  }

  private Load.Result measure(String name, String load, Scenario scenario, int ok)
      throws Exception {
    var appBefore = CpuTime.of(app.pid());
    var dbBefore = mariadb > 0 ? CpuTime.of(mariadb) : Duration.ZERO;
    var selfBefore = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
    Load.Result result = scenario.run();
    double requests = Math.max(1, result.requests());
    double appCpu = CpuTime.of(app.pid()).minus(appBefore).toMillis() / requests;
    double dbCpu =
        mariadb > 0 ? CpuTime.of(mariadb).minus(dbBefore).toMillis() / requests : Double.NaN;
    double selfCpu =
        ProcessHandle.current()
                .info()
                .totalCpuDuration()
                .orElse(Duration.ZERO)
                .minus(selfBefore)
                .toMillis()
            / requests;
    line(
        "| %s | %s | %d | %s | %.1f | %.1f | %.1f | %.1f | %.1f | %.2f | %.2f | %.2f |"
            .formatted(
                name,
                load,
                result.requests(),
                result.statuses(),
                result.percentileMillis(50),
                result.percentileMillis(95),
                result.percentileMillis(99),
                result.latency().getMaxValue() / 1000.0,
                result.perSecond(ok),
                appCpu,
                dbCpu,
                selfCpu));
    if (result.statuses().keySet().stream().anyMatch(status -> status != ok)) {
      line("");
      line("**Unexpected answers in '%s': %s**".formatted(name, result.statuses()));
    }
    return result;
  }

  /** Rows written must equal successful answers: every 201 a row, no row without a 201. */
  private void checkRowsMatch(String mrnPrefix, String what, long succeeded) throws SQLException {
    try (Connection connection = connection();
        var query =
            connection.prepareStatement(
                "select count(*) from appointment a join patient p on p.id = a.patient_id where p.mrn like ?")) {
      query.setString(1, mrnPrefix + "%");
      try (var rows = query.executeQuery()) {
        rows.next();
        long written = rows.getLong(1);
        line(
            "Rows check (%s): %d appointments written, %d bookings answered as successful: %s."
                .formatted(what, written, succeeded, written == succeeded ? "equal" : "MISMATCH"));
      }
    }
  }

  private void checkNoOverlap() throws SQLException {
    try (Connection connection = connection();
        var statement = connection.createStatement()) {
      long overlaps = 0;
      for (String resource : List.of("clinician_id", "room_id")) {
        try (var rows =
            statement.executeQuery(
                // sorted by start, intervals are disjoint exactly when each ends before the next
                // starts
                "select count(*) from (select start_at, lag(held_until) over (partition by "
                    + resource
                    + " order by start_at, id) as previous_end from appointment"
                    + " where status not in ('CANCELLED', 'NO_SHOW')) x where previous_end > start_at")) {
          rows.next();
          overlaps += rows.getLong(1);
        }
      }
      line("Overlap check over the whole book: %d overlapping appointments.".formatted(overlaps));
    }
  }

  private String signIn() throws Exception {
    var response =
        http.send(
            HttpRequest.newBuilder(URI.create(app.baseUrl() + "/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"bench\",\"password\":\"" + password + "\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String body = response.body();
    int start = body.indexOf("\"accessToken\":\"") + 15;
    return body.substring(start, body.indexOf('"', start));
  }

  private HttpRequest.Builder authorized(String path) {
    return HttpRequest.newBuilder(URI.create(app.baseUrl() + path))
        .header("Authorization", "Bearer " + token);
  }

  private Connection connection() throws SQLException {
    Connection connection =
        DriverManager.getConnection(
            db.url() + "&rewriteBatchedStatements=true", db.username(), db.password());
    connection.setAutoCommit(false);
    return connection;
  }

  private void line(String text) {
    report.add(text);
    System.out.println(text);
  }
}
