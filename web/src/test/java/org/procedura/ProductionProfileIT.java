package org.procedura;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.procedura.apitest.Api;
import org.procedura.apitest.TokenKeys;
import org.procedura.testing.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The "mysql" profile on an empty schema of the real database: nothing of the demo leaks in. */
class ProductionProfileIT {
  private static final String KEYS = TokenKeys.oneKey("production-test");

  @Test
  void startsWithoutDemoDataAndCreatesTheFirstAdministratorFromTheEnvironment() {
    try (var app =
        start(
            "--PROCEDURA_JWT_KEYS=" + KEYS,
            "--PROCEDURA_BOOTSTRAP_ADMIN_USERNAME=chief",
            "--PROCEDURA_BOOTSTRAP_ADMIN_PASSWORD=a-long-first-password")) {
      Api api = new Api(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));

      assertThat(api.signIn("frontdesk", "frontdesk-demo").status()).isEqualTo(401);
      var admin = api.signIn("chief", "a-long-first-password");
      assertThat(admin.status()).isEqualTo(200);
      assertThat(admin.json().path("roles").get(0).asString()).isEqualTo("ADMIN");
      assertThat(api.anonymous().get("/v3/api-docs").status()).isEqualTo(401);
      assertThat(
              api.as("chief", "a-long-first-password").get("/api/v1/procedure-types").json().size())
          .isEqualTo(18);
    }
  }

  @Test
  void refusesToStartWithoutATokenSigningKey() {
    assertThatThrownBy(() -> start().close())
        .hasRootCauseMessage(
            "No token signing key: set PROCEDURA_JWT_KEYS to a JWK Set of private keys (RSA of"
                + " 2048 bits or more, or EC P-256, each with a \"kid\"; see docs/operations.md)");
  }

  private static ConfigurableApplicationContext start(String... extra) {
    TestDatabase.Coordinates db = TestDatabase.freshSchema();
    List<String> args = new ArrayList<>();
    args.add("--spring.profiles.active=mysql");
    args.add("--server.port=0");
    args.add("--PROCEDURA_DB_URL=" + db.url());
    args.add("--PROCEDURA_DB_USERNAME=" + db.username());
    args.add("--PROCEDURA_DB_PASSWORD=" + db.password());
    if (db.dialect() != null) {
      args.add("--PROCEDURA_DB_DIALECT=" + db.dialect());
    }
    args.addAll(List.of(extra));
    return new SpringApplicationBuilder(ProceduraApplication.class)
        .run(args.toArray(String[]::new));
  }
}
