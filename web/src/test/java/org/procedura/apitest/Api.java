package org.procedura.apitest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for the integration tests: real requests, real status codes. */
public final class Api {
  public static final JsonMapper JSON = JsonMapper.builder().build();

  private final String baseUrl;
  private final HttpClient http = HttpClient.newHttpClient();
  private final Map<String, String> tokens = new ConcurrentHashMap<>();

  public Api(int port) {
    this.baseUrl = "http://localhost:" + port;
  }

  public String baseUrl() {
    return baseUrl;
  }

  /** Requests made as a demo user (password: the username followed by "-demo"). */
  public Caller as(String username) {
    return new Caller(tokens.computeIfAbsent(username, this::signIn));
  }

  /** Requests made as any account, signing in with its password. */
  public Caller as(String username, String password) {
    Response response = signIn(username, password);
    if (response.status() != 200) {
      throw new IllegalStateException("sign-in of " + username + " failed: " + response.raw());
    }
    return new Caller(response.json().path("accessToken").asString());
  }

  /** Requests with no Authorization header. */
  public Caller anonymous() {
    return new Caller(null);
  }

  /** Requests carrying exactly this bearer token. */
  public Caller withToken(String token) {
    return new Caller(token);
  }

  public Response signIn(String username, String password) {
    return anonymous()
        .post("/api/v1/auth/token", Map.of("username", username, "password", password));
  }

  private String signIn(String username) {
    Response response = signIn(username, username + "-demo");
    if (response.status() != 200) {
      throw new IllegalStateException("sign-in of " + username + " failed: " + response.raw());
    }
    return response.json().path("accessToken").asString();
  }

  public final class Caller {
    private final String token;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Caller(String token) {
      this.token = token;
    }

    public Caller header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    public Response get(String path) {
      return send("GET", path, null);
    }

    public Response post(String path, Object body) {
      return send("POST", path, body);
    }

    public Response put(String path, Object body) {
      return send("PUT", path, body);
    }

    public Response send(String method, String path, Object body) {
      var request = HttpRequest.newBuilder(URI.create(baseUrl + path));
      if (token != null) {
        request.header("Authorization", "Bearer " + token);
      }
      headers.forEach(request::header);
      if (body == null) {
        request.method(method, HttpRequest.BodyPublishers.noBody());
      } else {
        String text = body instanceof String raw ? raw : JSON.writeValueAsString(body);
        request.header("Content-Type", "application/json");
        request.method(method, HttpRequest.BodyPublishers.ofString(text));
      }
      try {
        HttpResponse<String> response =
            http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.headers(), response.body());
      } catch (IOException e) {
        throw new IllegalStateException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  public record Response(int status, java.net.http.HttpHeaders headers, String raw) {
    public JsonNode json() {
      return raw == null || raw.isBlank() ? JSON.nullNode() : JSON.readTree(raw);
    }

    public String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    public String contentType() {
      return header("Content-Type");
    }

    @Override
    public String toString() {
      return status + " " + raw;
    }
  }
}
