package org.procedura.fhir.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.procedura.apitest.Api;

/** A FHIR client as an EHR's integration would be: bearer token, FHIR JSON (or XML) over HTTP. */
final class FhirClient {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final String base;
  private final String token;
  private final Map<String, String> headers = new LinkedHashMap<>();

  private FhirClient(String base, String token) {
    this.base = base;
    this.token = token;
  }

  static FhirClient as(Api api, String username) {
    String token = api.signIn(username, username + "-demo").json().path("accessToken").asString();
    return new FhirClient(api.baseUrl(), token);
  }

  static FhirClient anonymous(Api api) {
    return new FhirClient(api.baseUrl(), null);
  }

  FhirClient header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  Answer get(String path) {
    return send("GET", path, null, "application/fhir+json");
  }

  Answer post(String path, IBaseResource body) {
    return send(
        "POST",
        path,
        FhirValidation.FHIR.newJsonParser().encodeResourceToString(body),
        "application/fhir+json");
  }

  Answer send(String method, String path, String body, String contentType) {
    var request = HttpRequest.newBuilder(URI.create(base + "/fhir/" + path.replace("|", "%7C")));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    headers.putIfAbsent("Accept", "application/fhir+json");
    headers.forEach(request::header);
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", contentType);
      request.method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  record Answer(int status, java.net.http.HttpHeaders headers, String body) {
    String contentType() {
      return headers.firstValue("Content-Type").orElse("");
    }

    /** The resource answered, parsed as JSON or XML by its content type, and validated. */
    <T extends IBaseResource> T resource(Class<T> type) {
      var parser =
          contentType().contains("xml")
              ? FhirValidation.FHIR.newXmlParser()
              : FhirValidation.FHIR.newJsonParser();
      return FhirValidation.assertValid(parser.parseResource(type, body));
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }
}
