package org.procedura.audit.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuditOutcomeTest {

  @ParameterizedTest
  @CsvSource({
    "200, ALLOWED",
    "201, ALLOWED",
    "304, ALLOWED",
    "400, FAILED",
    "401, DENIED",
    "403, DENIED",
    "404, FAILED",
    "409, FAILED",
    "500, FAILED"
  })
  void followsTheStatus(int status, AuditOutcome expected) {
    assertThat(AuditOutcome.ofStatus(status)).isEqualTo(expected);
  }
}
