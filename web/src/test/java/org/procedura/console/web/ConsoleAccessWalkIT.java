package org.procedura.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.procedura.apitest.ApiIntegrationTest;
import org.procedura.identity.model.Role;
import org.procedura.identity.web.AccessMatrix;
import org.procedura.identity.web.Endpoint;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every console route of the {@link AccessMatrix} signed in by form as every role and not
 * signed in: a role it allows gets past security, any other gets 403, and without a session the
 * browser is sent to the sign-in page unless the route is open. Every route the console's
 * controllers serve must have its row, and every row a route.
 */
class ConsoleAccessWalkIT extends ApiIntegrationTest {
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final Map<Role, String> USERS =
      Map.of(
          Role.FRONT_DESK, "frontdesk",
          Role.NURSE, "nurse",
          Role.PHYSICIAN, "physician",
          Role.ADMIN, "admin");

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void everyConsoleRouteHasItsRowAndEveryRowItsRoute() {
    Set<String> served = new TreeSet<>();
    mappings
        .getHandlerMethods()
        .forEach(
            (info, method) -> {
              if (method.getBeanType().getPackageName().equals(getClass().getPackageName())) {
                for (String path : info.getPatternValues()) {
                  info.getMethodsCondition()
                      .getMethods()
                      .forEach(
                          m -> served.add(m.name() + " " + path.replaceAll("\\{[^}]+}", "{}")));
                }
              }
            });
    Set<String> declared =
        AccessMatrix.CONSOLE.stream()
            .filter(
                e -> !e.path().equals("/console/sign-in") && !e.path().equals("/console/sign-out"))
            .map(e -> e.method().name() + " " + e.template())
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(served).isEqualTo(declared);
  }

  @TestFactory
  Stream<DynamicTest> eachRoleGetsExactlyWhatTheMatrixGrants() {
    Map<Role, Session> sessions =
        USERS.entrySet().stream()
            .collect(
                Collectors.toMap(
                    Map.Entry::getKey, e -> Session.signedIn(api.baseUrl(), e.getValue())));
    return AccessMatrix.CONSOLE.stream()
        .filter(e -> !e.path().equals("/console/sign-in") && !e.path().equals("/console/sign-out"))
        .map(
            endpoint ->
                DynamicTest.dynamicTest(
                    endpoint.method() + " " + endpoint.path(), () -> walk(endpoint, sessions)));
  }

  @Test
  void signingOutEndsTheSession() {
    Session session = Session.signedIn(api.baseUrl(), "nurse");
    assertThat(session.send("GET", "/console").statusCode()).isEqualTo(200);

    assertThat(session.send("POST", "/console/sign-out").statusCode()).isEqualTo(302);

    var after = session.send("GET", "/console");
    assertThat(after.statusCode()).isEqualTo(302);
    assertThat(after.headers().firstValue("Location").orElseThrow()).endsWith("/");
  }

  @Test
  void anUnknownConsolePathIsNotFoundButAKnownOneOfAnotherRoleIsForbidden() {
    Session session = Session.signedIn(api.baseUrl(), "nurse");

    assertThat(session.send("GET", "/console/no-such-page").statusCode()).isEqualTo(404);
    assertThat(
            session.send("GET", "/console/patients/" + UUID.randomUUID() + "/slots").statusCode())
        .isEqualTo(403);
  }

  @Test
  void aFormPostedWithoutItsCsrfTokenIsRefused() {
    Session session = Session.signedIn(api.baseUrl(), "frontdesk");

    var refused = session.sendWithoutToken("POST", "/console/patients");

    assertThat(refused.statusCode()).isEqualTo(403);
  }

  @Test
  void aWrongPasswordIsSentBackToTheSignInPage() {
    Session session = Session.anonymous(api.baseUrl());

    var refused = session.signIn("frontdesk", "not-the-password");

    assertThat(refused.statusCode()).isEqualTo(302);
    assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/?failed");
    assertThat(session.send("GET", "/console").statusCode()).isEqualTo(302);
  }

  private void walk(Endpoint endpoint, Map<Role, Session> sessions) {
    String method = endpoint.method().name();
    String path = endpoint.template().replace("{}", UUID.randomUUID().toString());
    var anonymous = Session.anonymous(api.baseUrl()).send(method, path);
    if (endpoint.open()) {
      assertThat(anonymous.statusCode()).as("%s %s not signed in", method, path).isNotIn(401, 403);
    } else if (method.equals("GET")) {
      assertThat(anonymous.statusCode()).as("%s %s not signed in", method, path).isEqualTo(302);
      assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/");
    } else {
      assertThat(anonymous.statusCode()).as("%s %s not signed in", method, path).isIn(302, 403);
    }
    for (var entry : sessions.entrySet()) {
      var answer = entry.getValue().send(method, path);
      if (endpoint.allows(entry.getKey())) {
        assertThat(answer.statusCode())
            .as("%s %s as %s", method, path, entry.getKey())
            .isNotIn(401, 403)
            .isLessThan(500);
      } else {
        assertThat(answer.statusCode())
            .as("%s %s as %s", method, path, entry.getKey())
            .isEqualTo(403);
      }
    }
  }

  /** A browser's session: its cookie, and the CSRF token its pages carry. */
  static final class Session {
    private final String baseUrl;
    private final HttpClient client;
    private String token;

    private Session(String baseUrl) {
      this.baseUrl = baseUrl;
      this.client =
          HttpClient.newBuilder()
              .cookieHandler(new CookieManager())
              .followRedirects(HttpClient.Redirect.NEVER)
              .build();
    }

    static Session anonymous(String baseUrl) {
      Session session = new Session(baseUrl);
      session.token = session.tokenOf("/");
      return session;
    }

    static Session signedIn(String baseUrl, String username) {
      Session session = anonymous(baseUrl);
      var answer = session.signIn(username, username + "-demo");
      assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/console");
      session.token = session.tokenOf("/console");
      return session;
    }

    HttpResponse<String> signIn(String username, String password) {
      return post(
          "/console/sign-in", Map.of("username", username, "password", password, "_csrf", token));
    }

    HttpResponse<String> send(String method, String path) {
      return method.equals("GET") ? get(path) : post(path, Map.of("_csrf", token));
    }

    /** A form posted with the session's CSRF token. */
    HttpResponse<String> submit(String path, Map<String, String> fields) {
      var form = new java.util.HashMap<>(fields);
      form.put("_csrf", token);
      return post(path, form);
    }

    HttpResponse<String> sendWithoutToken(String method, String path) {
      return post(path, Map.of());
    }

    private String tokenOf(String path) {
      var page = get(path);
      var match = CSRF.matcher(page.body());
      assertThat(match.find()).as("a CSRF token on %s: %s", path, page.body()).isTrue();
      return match.group(1);
    }

    private HttpResponse<String> get(String path) {
      return exchange(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    private HttpResponse<String> post(String path, Map<String, String> form) {
      String body =
          form.entrySet().stream()
              .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
              .collect(Collectors.joining("&"));
      return exchange(
          HttpRequest.newBuilder(URI.create(baseUrl + path))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> exchange(HttpRequest.Builder request) {
      try {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
