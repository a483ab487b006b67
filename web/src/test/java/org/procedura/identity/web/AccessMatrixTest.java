package org.procedura.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.procedura.audit.model.Touches;
import org.procedura.identity.model.Role;

/**
 * The matrix is committed as {@code docs/access-matrix.md}, so that loosening a rule fails the
 * build until the reviewed document says so too. After an intended change regenerate it with {@code
 * -Dprocedura.access-matrix.update=true}.
 */
class AccessMatrixTest {

  @Test
  void theMatrixIsTheCommittedOne() throws IOException {
    Path committed = Path.of("../docs/access-matrix.md");
    String rendered = render();
    if (Boolean.getBoolean("procedura.access-matrix.update")) {
      Files.writeString(committed, rendered);
    }

    assertThat(rendered)
        .as("AccessMatrix differs from docs/access-matrix.md; see this test's comment")
        .isEqualTo(Files.readString(committed));
  }

  @Test
  void declaresEachMethodAndPathOnce() {
    Set<String> seen = new HashSet<>();
    Stream.of(AccessMatrix.ENDPOINTS, AccessMatrix.CONSOLE, AccessMatrix.FHIR_ENDPOINTS)
        .flatMap(List::stream)
        .forEach(e -> assertThat(seen.add(e.method() + " " + e.template())).as(e.path()).isTrue());
  }

  @Test
  void findsTheRowOfARequestWithItsPathVariables() {
    var match = AccessMatrix.match("POST", "/api/v1/referrals/abc/accept").orElseThrow();

    assertThat(match.endpoint().allows(Role.PHYSICIAN)).isTrue();
    assertThat(match.endpoint().allows(Role.FRONT_DESK)).isFalse();
    assertThat(match.variables()).containsEntry("referralId", "abc");
    assertThat(AccessMatrix.match("DELETE", "/api/v1/referrals/abc")).isEmpty();
  }

  private static String render() {
    var text =
        new StringBuilder(
            "# Access matrix\n\nGenerated from `AccessMatrix` by `AccessMatrixTest`; every"
                + " endpoint not listed is denied. `open`: no sign-in needed.\n\n"
                + "| method | path | FRONT_DESK | NURSE | PHYSICIAN | ADMIN | audited as |\n"
                + "|---|---|---|---|---|---|---|\n");
    rows(AccessMatrix.ENDPOINTS, text);
    text.append(
        "\n## Console\n\nThe clinic console's pages and forms (signed in by form, with a session and"
            + " CSRF tokens), walked by `ConsoleAccessWalkIT`.\n\n"
            + "| method | path | FRONT_DESK | NURSE | PHYSICIAN | ADMIN | audited as |\n"
            + "|---|---|---|---|---|---|---|\n");
    rows(AccessMatrix.CONSOLE, text);
    text.append(
        "\n## FHIR\n\nThe FHIR R4 endpoints under `/fhir` (the API's bearer tokens), walked by"
            + " `FhirAccessWalkIT`. A read of patient data is recorded once per patient the answer"
            + " names.\n\n"
            + "| method | path | FRONT_DESK | NURSE | PHYSICIAN | ADMIN | audited as |\n"
            + "|---|---|---|---|---|---|---|\n");
    rows(AccessMatrix.FHIR_ENDPOINTS, text);
    return text.toString();
  }

  private static void rows(List<Endpoint> endpoints, StringBuilder text) {
    for (Endpoint e : endpoints) {
      text.append("| ").append(e.method()).append(" | `").append(e.path()).append("` |");
      for (Role role : Role.values()) {
        text.append(e.open() ? " open |" : e.allows(role) ? " yes |" : " no |");
      }
      text.append(' ').append(auditedAs(e.touches())).append(" |\n");
    }
  }

  private static String auditedAs(Touches touches) {
    String what = touches.action() + " " + touches.type();
    if (touches.audited()) {
      return what;
    }
    return touches.patientParameter() == null
        ? "-"
        : what + " when `" + touches.patientParameter() + "` is given";
  }
}
