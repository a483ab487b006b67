package org.procedura.bench;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.procedura.testing.TestDatabase;

/** The application jar in a process of its own, on the production profile. */
final class AppProcess implements AutoCloseable {
  final Process process;
  final int port;

  private AppProcess(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  static AppProcess start(Path jar, TestDatabase.Coordinates db, Path log) throws Exception {
    int port;
    try (var socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-XX:+UseG1GC");
    command.add("-jar");
    command.add(jar.toString());
    command.add("--spring.profiles.active=mysql");
    command.add("--server.port=" + port);
    command.add("--PROCEDURA_DB_URL=" + db.url());
    command.add("--PROCEDURA_DB_USERNAME=" + db.username());
    command.add("--PROCEDURA_DB_PASSWORD=" + db.password());
    command.add("--PROCEDURA_JWT_KEYS=" + org.procedura.apitest.TokenKeys.oneKey("bench"));
    if (db.dialect() != null) {
      command.add("--PROCEDURA_DB_DIALECT=" + db.dialect());
    }
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    var app = new AppProcess(process, port);
    app.awaitHealthy(Duration.ofMinutes(3));
    return app;
  }

  String baseUrl() {
    return "http://localhost:" + port;
  }

  long pid() {
    return process.pid();
  }

  private void awaitHealthy(Duration patience) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + patience.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the application exited; see its log");
      }
      try {
        var response =
            http.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200 && response.body().contains("UP")) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("the application did not become healthy in " + patience);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    process.waitFor();
  }

  static Path jar() {
    Path jar = Path.of("target", "procedura.jar");
    if (!jar.toFile().isFile()) {
      throw new IllegalStateException(
          "build the application jar first: " + new File("target").getAbsolutePath());
    }
    return jar.toAbsolutePath();
  }
}
