package org.procedura.shared.web;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import org.procedura.api.common.FieldViolation;
import org.procedura.api.common.ProblemTypes;
import org.procedura.shared.model.ConflictException;
import org.procedura.shared.model.DomainException;
import org.procedura.shared.model.IllegalTransitionException;
import org.procedura.shared.model.InvalidInputException;
import org.procedura.shared.model.NotFoundException;
import org.procedura.shared.model.RuleViolationException;
import org.procedura.shared.model.StaleVersionException;
import org.procedura.shared.model.UnprocessableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Turns every refusal into RFC 9457 Problem Details with a stable {@code type}. Input alone can
 * never produce a 500: what reaches the last handler is a defect, logged without request data.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {
  private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
  private static final URI ABOUT_BLANK = URI.create("about:blank");

  @ExceptionHandler(DomainException.class)
  ProblemDetail domain(DomainException exception) {
    return switch (exception) {
      case NotFoundException e ->
          problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found", e.getMessage());
      case ConflictException e -> {
        var problem =
            problem(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Conflict", e.getMessage());
        problem.setProperty("reason", e.reason());
        if (!e.details().isEmpty()) {
          problem.setProperty("conflicts", e.details());
        }
        yield problem;
      }
      case RuleViolationException e -> {
        var problem =
            problem(
                HttpStatus.UNPROCESSABLE_CONTENT,
                ProblemTypes.RULE_VIOLATION,
                "Refused by the clinic's rules",
                e.getMessage());
        problem.setProperty("findings", e.findings());
        yield problem;
      }
      case UnprocessableException e -> {
        var problem =
            problem(
                HttpStatus.UNPROCESSABLE_CONTENT,
                ProblemTypes.UNPROCESSABLE,
                "Cannot be done as asked",
                e.getMessage());
        problem.setProperty("reason", e.reason());
        yield problem;
      }
      case StaleVersionException e -> {
        var problem =
            problem(
                HttpStatus.PRECONDITION_FAILED,
                ProblemTypes.STALE_VERSION,
                "Changed by someone else",
                e.getMessage());
        problem.setProperty("currentVersion", e.currentVersion());
        yield problem;
      }
      case InvalidInputException e ->
          validation(List.of(new FieldViolation(e.field(), e.getMessage())));
      case IllegalTransitionException e -> {
        var problem =
            problem(
                HttpStatus.CONFLICT,
                ProblemTypes.ILLEGAL_TRANSITION,
                "Not allowed in the current state",
                e.getMessage());
        problem.setProperty("currentState", e.currentState());
        problem.setProperty("requestedState", e.requestedState());
        yield problem;
      }
    };
  }

  /** Two requests raced for the same rows and the database stopped one: it may simply retry. */
  @ExceptionHandler(ConcurrencyFailureException.class)
  ProblemDetail concurrentChange(ConcurrencyFailureException e) {
    var problem =
        problem(
            HttpStatus.CONFLICT,
            ProblemTypes.CONFLICT,
            "Conflict",
            "Another request changed the same records at the same moment; nothing was changed by"
                + " this one. Reload and try again.");
    problem.setProperty("reason", "CONCURRENT_CHANGE");
    return problem;
  }

  @ExceptionHandler(VersionRequiredException.class)
  ProblemDetail versionRequired(VersionRequiredException e) {
    return problem(
        HttpStatus.PRECONDITION_REQUIRED,
        ProblemTypes.VERSION_REQUIRED,
        "Version required",
        e.getMessage());
  }

  @ExceptionHandler(AuthenticationException.class)
  ProblemDetail badCredentials(AuthenticationException e) {
    return problem(
        HttpStatus.UNAUTHORIZED,
        ProblemTypes.BAD_CREDENTIALS,
        "Sign-in failed",
        "The username or password is wrong, or the account is disabled.");
  }

  @ExceptionHandler(AccessDeniedException.class)
  ProblemDetail accessDenied(AccessDeniedException e) {
    return problem(
        HttpStatus.FORBIDDEN,
        ProblemTypes.FORBIDDEN,
        "Forbidden",
        "Your role does not allow this action.");
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail defect(Exception e) {
    log.error(
        "Unhandled {} while serving a request", e.getClass().getName(), Defects.withoutData(e));
    return problem(
        HttpStatus.INTERNAL_SERVER_ERROR,
        ProblemTypes.INTERNAL,
        "Internal error",
        "The request could not be completed; nothing was changed by it. Try again later.");
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldViolation> violations =
        ex.getBindingResult().getFieldErrors().stream()
            .map(error -> new FieldViolation(error.getField(), describe(error)))
            .sorted(java.util.Comparator.comparing(FieldViolation::field))
            .toList();
    return ResponseEntity.badRequest().body(validation(violations));
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldViolation> violations =
        ex.getParameterValidationResults().stream()
            .flatMap(
                result ->
                    result.getResolvableErrors().stream()
                        .map(
                            error ->
                                new FieldViolation(
                                    result.getMethodParameter().getParameterName(),
                                    error.getDefaultMessage())))
            .toList();
    return ResponseEntity.badRequest().body(validation(violations));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    if (causedBy(ex, LimitedBodyRequest.BodyTooLargeException.class)) {
      return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
          .body(
              problem(
                  HttpStatus.PAYLOAD_TOO_LARGE,
                  ProblemTypes.PAYLOAD_TOO_LARGE,
                  StatusProblems.title(413),
                  StatusProblems.detail(413)));
    }
    var problem =
        problem(
            HttpStatus.BAD_REQUEST,
            ProblemTypes.MALFORMED_REQUEST,
            "Malformed request",
            "The request body is missing, is not valid JSON, or has a value of the wrong type.");
    String field = jsonPath(ex);
    if (!field.isEmpty()) {
      problem.setProperty(
          "errors", List.of(new FieldViolation(field, "has a value of the wrong type")));
    }
    return ResponseEntity.badRequest().body(problem);
  }

  @Override
  protected ResponseEntity<Object> handleTypeMismatch(
      TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String name = ex.getPropertyName() == null ? "parameter" : ex.getPropertyName();
    return ResponseEntity.badRequest()
        .body(validation(List.of(new FieldViolation(name, "has a value of the wrong type"))));
  }

  /**
   * Every other MVC refusal keeps its status and gets a stable type. Spring passes no body for most
   * of them (a missing parameter, an unsupported method) and takes the exception's own Problem
   * Details later, so that one is typed here too.
   */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception ex,
      Object body,
      HttpHeaders headers,
      HttpStatusCode statusCode,
      WebRequest request) {
    Object problemBody = body == null && ex instanceof ErrorResponse error ? error.getBody() : body;
    if (problemBody instanceof ProblemDetail problem
        && (problem.getType() == null || problem.getType().equals(ABOUT_BLANK))) {
      problem.setType(StatusProblems.type(statusCode.value()));
    }
    return super.handleExceptionInternal(ex, body, headers, statusCode, request);
  }

  private static ProblemDetail validation(List<FieldViolation> violations) {
    var problem =
        problem(
            HttpStatus.BAD_REQUEST,
            ProblemTypes.VALIDATION,
            "Invalid request",
            violations.stream()
                .map(v -> v.field() + ": " + v.message())
                .collect(Collectors.joining("; ")));
    problem.setProperty("errors", violations);
    return problem;
  }

  private static ProblemDetail problem(HttpStatus status, URI type, String title, String detail) {
    var problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(type);
    problem.setTitle(title);
    return problem;
  }

  private static String describe(FieldError error) {
    return error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage();
  }

  private static boolean causedBy(Throwable exception, Class<? extends Throwable> type) {
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private static String jsonPath(Throwable exception) {
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (t instanceof JacksonException jackson) {
        return jackson.getPath().stream()
            .map(
                reference ->
                    reference.getPropertyName() != null
                        ? reference.getPropertyName()
                        : "[" + reference.getIndex() + "]")
            .collect(Collectors.joining("."))
            .replace(".[", "[");
      }
    }
    return "";
  }
}
