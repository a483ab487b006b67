package org.procedura.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.apitest.Problems.assertProblem;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.procedura.apitest.Api;
import org.procedura.apitest.ApiIntegrationTest;

class SignInHardeningIT extends ApiIntegrationTest {
  private static final String PASSWORD = "correct horse battery";

  @Test
  void tenWrongPasswordsLockTheAccountForTheLockoutPeriodWithTheSameAnswer() {
    String user = newUser(List.of("NURSE"));
    for (int i = 0; i < 9; i++) {
      assertProblem(api.signIn(user, "wrong password " + i), 401, "bad-credentials");
    }
    assertThat(api.signIn(user, PASSWORD).status()).as("nine do not lock").isEqualTo(200);
    for (int i = 0; i < 10; i++) {
      api.signIn(user, "wrong password " + i);
    }

    Api.Response locked = api.signIn(user, PASSWORD);
    Api.Response wrong = api.signIn("nobody-" + UUID.randomUUID(), PASSWORD);

    assertProblem(locked, 401, "bad-credentials");
    assertThat(withoutRequestId(locked)).isEqualTo(withoutRequestId(wrong));
    clock.jumpTo(clock.instant().plus(Duration.ofMinutes(15)).plusSeconds(1));
    assertThat(api.signIn(user, PASSWORD).status()).as("after the lockout").isEqualTo(200);
  }

  @Test
  void aPasswordMustHaveTwelveCharactersAndNotTheUsername() {
    String user = "policy" + UUID.randomUUID().toString().substring(0, 6);

    var tooShort = create(user, "eleven-char");
    var withName = create(user, "my " + user + " password");
    var reset = api.as("admin").post("/api/v1/users/nurse/password", Map.of("password", "short"));

    assertProblem(tooShort, 400, "validation");
    assertThat(tooShort.json().path("errors").get(0).path("field").asString())
        .isEqualTo("password");
    assertProblem(withName, 400, "validation");
    assertProblem(reset, 400, "validation");
    assertThat(create(user, "twelve chars").status()).isEqualTo(201);
  }

  @Test
  void anAdministratorDisablesResetsAndReassignsAnAccount() {
    String user = newUser(List.of("FRONT_DESK"));

    assertThat(api.as("admin").post("/api/v1/users/" + user + "/disable", null).status())
        .isEqualTo(200);
    assertProblem(api.signIn(user, PASSWORD), 401, "bad-credentials");
    api.as("admin").post("/api/v1/users/" + user + "/enable", null);
    api.as("admin")
        .post("/api/v1/users/" + user + "/password", Map.of("password", "a brand new secret"));
    var roles =
        api.as("admin").put("/api/v1/users/" + user + "/roles", Map.of("roles", List.of("NURSE")));

    assertThat(roles.json().path("roles").get(0).asString()).isEqualTo("NURSE");
    assertThat(api.signIn(user, PASSWORD).status()).isEqualTo(401);
    assertThat(api.signIn(user, "a brand new secret").json().path("roles").get(0).asString())
        .isEqualTo("NURSE");
  }

  @Test
  void theLastActiveAdministratorCannotBeDisabledOrDemoted() {
    var disabled = api.as("admin").post("/api/v1/users/admin/disable", null);
    var demoted =
        api.as("admin").put("/api/v1/users/admin/roles", Map.of("roles", List.of("NURSE")));

    assertProblem(disabled, 409, "conflict");
    assertThat(disabled.json().path("reason").asString()).isEqualTo("LAST_ADMINISTRATOR");
    assertProblem(demoted, 409, "conflict");
    assertThat(api.signIn("admin", "admin-demo").status()).isEqualTo(200);
  }

  @Test
  void aTokenIsRefreshedWithinTheSessionLifetimeAndNotAfter() {
    String user = newUser(List.of("PHYSICIAN"));
    String token = api.signIn(user, PASSWORD).json().path("accessToken").asString();

    var refreshed = api.withToken(token).post("/api/v1/auth/refresh", null);
    clock.jumpTo(clock.instant().plus(Duration.ofHours(10)));
    var tooLate = api.withToken(token).post("/api/v1/auth/refresh", null);

    assertThat(refreshed.status()).as(refreshed.toString()).isEqualTo(200);
    assertThat(refreshed.json().path("roles").get(0).asString()).isEqualTo("PHYSICIAN");
    assertProblem(tooLate, 401, "bad-credentials");
  }

  @Test
  void aDisabledAccountCannotRefresh() {
    String user = newUser(List.of("NURSE"));
    String token = api.signIn(user, PASSWORD).json().path("accessToken").asString();

    api.as("admin").post("/api/v1/users/" + user + "/disable", null);

    assertProblem(api.withToken(token).post("/api/v1/auth/refresh", null), 401, "bad-credentials");
  }

  private String newUser(List<String> roles) {
    String user = "staff" + UUID.randomUUID().toString().substring(0, 8);
    var created =
        api.as("admin")
            .post(
                "/api/v1/users",
                Map.of(
                    "username", user, "displayName", "Test", "password", PASSWORD, "roles", roles));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return user;
  }

  private Api.Response create(String user, String password) {
    return api.as("admin")
        .post(
            "/api/v1/users",
            Map.of(
                "username",
                user,
                "displayName",
                "Test",
                "password",
                password,
                "roles",
                List.of("NURSE")));
  }

  static String withoutRequestId(Api.Response response) {
    return response.raw().replaceAll("\"requestId\":\"[^\"]*\"", "");
  }
}
