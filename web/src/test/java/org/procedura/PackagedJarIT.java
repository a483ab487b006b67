package org.procedura;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.procedura.apitest.Api;

/**
 * The application jar as the README runs it: a process of its own on the embedded default, with the
 * runtime class path only. The other tests run on the test class path, which holds libraries the
 * jar lacks (a library needed at run time but declared for the tests once left the jar unable to
 * start while every other test passed).
 */
class PackagedJarIT {
  private static final Duration PATIENCE = Duration.ofMinutes(4);

  @TempDir Path workDir;

  @Test
  void theJarStartsOnTheEmbeddedDefaultAndServesTheApiAndTheConsole() throws Exception {
    Path jar = Path.of("target", "procedura.jar").toAbsolutePath();
    assertThat(jar).isRegularFile();
    int port = freePort();
    Path log = workDir.resolve("app.log");
    Process app =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toString(),
                "--server.port=" + port,
                "--procedura.data-dir=" + workDir.resolve("data"))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    try {
      awaitHealthy(app, port, log);

      Api api = new Api(port);
      assertThat(api.as("frontdesk").get("/api/v1/procedure-types").json().size()).isEqualTo(18);
      HttpResponse<String> root =
          HttpClient.newBuilder()
              .followRedirects(HttpClient.Redirect.NORMAL)
              .build()
              .send(
                  HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(root.statusCode()).isEqualTo(200);
      assertThat(root.body()).contains("Sign in");
    } finally {
      app.destroy();
      app.waitFor();
    }
  }

  private static void awaitHealthy(Process app, int port, Path log) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    URI health = URI.create("http://localhost:" + port + "/actuator/health");
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (System.nanoTime() < deadline) {
      assertThat(app.isAlive()).as("the jar exited:%n%s", tail(log)).isTrue();
      try {
        var answer =
            http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 200 && answer.body().contains("UP")) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(250);
    }
    throw new AssertionError("the jar was not healthy in " + PATIENCE + ":\n" + tail(log));
  }

  private static String tail(Path log) throws IOException {
    var lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
