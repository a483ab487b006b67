package org.procedura.fhir.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ch.qos.logback.classic.Level;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.InvocationTargetException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;
import org.procedura.rules.model.Finding;
import org.procedura.rules.model.Severity;
import org.procedura.shared.model.ConflictException;
import org.procedura.shared.model.InvalidInputException;
import org.procedura.shared.model.NotFoundException;
import org.procedura.shared.model.RuleViolationException;
import org.procedura.shared.model.StaleVersionException;
import org.procedura.shared.model.UnprocessableException;
import org.procedura.testlog.CapturedLog;
import org.springframework.dao.ConcurrencyFailureException;

/** Each refusal of the domain answers the FHIR status the API's Problem Details answer. */
class FhirErrorsTest {
  private final FhirErrors errors = new FhirErrors(FhirContext.forR4Cached());
  private final RequestDetails details = mock(RequestDetails.class);
  private final HttpServletRequest request = mock(HttpServletRequest.class);

  {
    when(request.getMethod()).thenReturn("POST");
  }

  @Test
  void mapsEachDomainRefusalToItsStatusAndUnwrapsHapisWrapping() {
    assertThat(status(new NotFoundException("patient", "x"))).isEqualTo(404);
    assertThat(status(new InvalidInputException("site.laterality", "a side is needed")))
        .isEqualTo(400);
    assertThat(status(new ConflictException("SLOT_TAKEN", "taken"))).isEqualTo(409);
    assertThat(status(new StaleVersionException("appointment", 1, 2))).isEqualTo(412);
    assertThat(status(new UnprocessableException("NO_BASELINE_ON_SCALE", "none"))).isEqualTo(422);
    assertThat(status(new ConcurrencyFailureException("raced"))).isEqualTo(409);
    assertThat(status(new ca.uhn.fhir.parser.DataFormatException("soon is no date")))
        .isEqualTo(400);
    assertThat(
            status(
                new InvocationTargetException(new InvalidInputException("start", "in the past"))))
        .isEqualTo(400);
    try (var log = CapturedLog.of(FhirErrors.class)) {
      assertThat(status(new IllegalStateException("a defect quoting Ada Lovelace"))).isEqualTo(500);
      assertThat(answer(new IllegalStateException("a defect quoting Ada Lovelace")).getMessage())
          .doesNotContain("Lovelace");
      assertThat(log.events())
          .filteredOn(e -> e.getLevel() == Level.ERROR)
          .isNotEmpty()
          .allSatisfy(e -> assertThat(e.getFormattedMessage()).doesNotContain("Lovelace"));
    }
  }

  @Test
  void aRuleRefusalListsEachFindingWithItsWayOut() {
    var refusal =
        new RuleViolationException(
            "refused",
            List.of(
                new Finding(
                    "ESI_FREQUENCY",
                    Severity.BLOCK,
                    "4 sessions in 12 months",
                    Map.of("sessions", "4"),
                    "wait for the earliest session to leave the window",
                    LocalDate.of(2027, 3, 1)),
                new Finding(
                    "ANTITHROMBOTIC_HOLD",
                    Severity.WARN,
                    "last dose on 2027-01-03",
                    Map.of(),
                    "a physician acknowledges the hold",
                    null)));

    OperationOutcome outcome = FhirErrors.findings(refusal);

    assertThat(outcome.getIssue()).hasSize(2);
    var block = outcome.getIssue().get(0);
    assertThat(block.getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.ERROR);
    assertThat(block.getCode()).isEqualTo(OperationOutcome.IssueType.BUSINESSRULE);
    assertThat(block.getDetails().getCodingFirstRep().getCode()).isEqualTo("ESI_FREQUENCY");
    assertThat(block.getDiagnostics())
        .isEqualTo(
            "Way out: wait for the earliest session to leave the window Earliest eligible on"
                + " 2027-03-01. Facts: sessions=4");
    var warning = outcome.getIssue().get(1);
    assertThat(warning.getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.WARNING);
    assertThat(warning.getDiagnostics()).isEqualTo("Way out: a physician acknowledges the hold");
    assertThat(status(refusal)).isEqualTo(422);
  }

  private int status(Throwable thrown) {
    return answer(thrown).getStatusCode();
  }

  private BaseServerResponseException answer(Throwable thrown) {
    return errors.outgoing(thrown, details, request);
  }
}
