package org.procedura.fhir.web;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.PreconditionFailedException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.InvocationTargetException;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.procedura.rules.model.Finding;
import org.procedura.rules.model.Severity;
import org.procedura.shared.model.ConflictException;
import org.procedura.shared.model.DomainException;
import org.procedura.shared.model.IllegalTransitionException;
import org.procedura.shared.model.InvalidInputException;
import org.procedura.shared.model.NotFoundException;
import org.procedura.shared.model.RuleViolationException;
import org.procedura.shared.model.StaleVersionException;
import org.procedura.shared.model.UnprocessableException;
import org.procedura.shared.web.Defects;
import org.procedura.shared.web.RequestContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;

/**
 * Every refusal of the FHIR endpoints as an OperationOutcome with its status, mapped once from the
 * domain's exceptions as the API's Problem Details are: a rule's refusal lists each finding with
 * the rule, what was found and the way out. Anything else is a defect: a 500 that says nothing of
 * the request, logged without its messages (they may quote what was sent).
 */
@Interceptor
class FhirErrors {
  private static final Logger log = LoggerFactory.getLogger(FhirErrors.class);

  private final FhirContext fhir;

  FhirErrors(FhirContext fhir) {
    this.fhir = fhir;
  }

  @Hook(Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION)
  public BaseServerResponseException outgoing(
      Throwable thrown, RequestDetails details, HttpServletRequest request) {
    BaseServerResponseException answer = answer(thrown);
    log.info(
        "FHIR {} {} refused with {} (request {})",
        request.getMethod(),
        details.getRestOperationType(),
        answer.getStatusCode(),
        RequestContext.requestId(request));
    return answer;
  }

  private BaseServerResponseException answer(Throwable thrown) {
    Throwable cause = thrown;
    // HAPI wraps what a provider throws: the method's reflective call, then its own 500
    while ((cause instanceof InternalErrorException || cause instanceof InvocationTargetException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return switch (cause) {
      case DomainException e -> domain(e);
      case ConcurrencyFailureException e ->
          new ResourceVersionConflictException(
              "CONCURRENT_CHANGE: another request changed the same records at the same time; retry");
      case BaseServerResponseException e -> e;
      // a value that is not of its FHIR type (a date that is no date) in a parameter or body
      case DataFormatException e -> new InvalidRequestException("a value is not of its FHIR type");
      default -> {
        log.error(
            "Unhandled {} while serving a FHIR request",
            cause.getClass().getName(),
            Defects.withoutData(cause));
        yield new InternalErrorException(
            "The request could not be completed; nothing was changed by it. Try again later.");
      }
    };
  }

  private BaseServerResponseException domain(DomainException exception) {
    return switch (exception) {
      case NotFoundException e -> new ResourceNotFoundException(e.getMessage());
      case InvalidInputException e ->
          new InvalidRequestException(e.field() + ": " + e.getMessage());
      case ConflictException e ->
          new ResourceVersionConflictException(e.reason() + ": " + e.getMessage());
      case IllegalTransitionException e -> new ResourceVersionConflictException(e.getMessage());
      case StaleVersionException e -> new PreconditionFailedException(e.getMessage());
      case UnprocessableException e ->
          new UnprocessableEntityException(e.reason() + ": " + e.getMessage());
      case RuleViolationException e -> new UnprocessableEntityException(fhir, findings(e));
    };
  }

  /** One issue per finding: a BLOCK is an error, an unacknowledged WARN a warning. */
  static OperationOutcome findings(RuleViolationException refusal) {
    var outcome = new OperationOutcome();
    for (Object item : refusal.findings()) {
      if (!(item instanceof Finding finding)) {
        continue;
      }
      var issue = outcome.addIssue();
      issue.setSeverity(
          finding.severity() == Severity.BLOCK ? IssueSeverity.ERROR : IssueSeverity.WARNING);
      issue.setCode(IssueType.BUSINESSRULE);
      issue.setDetails(
          new CodeableConcept(new Coding(FhirSystems.RULE, finding.ruleId(), null))
              .setText(finding.message()));
      issue.setDiagnostics(wayOut(finding));
    }
    if (outcome.getIssue().isEmpty()) {
      outcome
          .addIssue()
          .setSeverity(IssueSeverity.ERROR)
          .setCode(IssueType.BUSINESSRULE)
          .setDiagnostics(refusal.getMessage());
    }
    return outcome;
  }

  private static String wayOut(Finding finding) {
    var text = new StringBuilder("Way out: ").append(finding.resolution());
    if (finding.earliestEligibleOn() != null) {
      text.append(" Earliest eligible on ").append(finding.earliestEligibleOn()).append('.');
    }
    if (!finding.facts().isEmpty()) {
      text.append(" Facts: ")
          .append(
              finding.facts().entrySet().stream()
                  .sorted(java.util.Map.Entry.comparingByKey())
                  .map(fact -> fact.getKey() + "=" + fact.getValue())
                  .collect(Collectors.joining(", ")));
    }
    return text.toString();
  }
}
