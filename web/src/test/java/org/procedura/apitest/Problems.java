package org.procedura.apitest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Assertions on Problem Details answers. */
public final class Problems {
  private Problems() {}

  public static void assertProblem(Api.Response response, int status, String typeSlug) {
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().path("type").asString())
        .isEqualTo("https://procedura.org/problems/" + typeSlug);
    assertThat(response.json().path("status").asInt()).isEqualTo(status);
    assertThat(response.json().path("detail").asString()).isNotBlank();
  }

  /** The fields named under {@code errors}. */
  public static List<String> fieldsIn(Api.Response response) {
    List<String> fields = new ArrayList<>();
    for (JsonNode error : response.json().path("errors")) {
      fields.add(error.path("field").asString());
    }
    return fields;
  }
}
