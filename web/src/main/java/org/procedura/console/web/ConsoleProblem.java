package org.procedura.console.web;

import java.util.List;
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

/**
 * A refusal as the console shows it: the status the API would answer, a title in the clinic's
 * words, the detail, and the rules' findings with their ways out (the same as the API's Problem
 * Details carry).
 */
record ConsoleProblem(int status, String title, String detail, List<Finding> findings) {

  static ConsoleProblem of(DomainException refusal) {
    return switch (refusal) {
      case InvalidInputException e ->
          new ConsoleProblem(400, "Please check what was entered", naming(e), List.of());
      case NotFoundException e -> new ConsoleProblem(404, "Not found", e.getMessage(), List.of());
      case ConflictException e ->
          new ConsoleProblem(409, "Not possible as things stand", e.getMessage(), List.of());
      case IllegalTransitionException e ->
          new ConsoleProblem(409, "Not possible in this state", e.getMessage(), List.of());
      case StaleVersionException e ->
          new ConsoleProblem(412, "Changed by someone else meanwhile", e.getMessage(), List.of());
      case RuleViolationException e ->
          new ConsoleProblem(422, "Refused by the clinic's rules", e.getMessage(), findings(e));
      case UnprocessableException e ->
          new ConsoleProblem(422, "Cannot be done as asked", e.getMessage(), List.of());
    };
  }

  /** Refused by warnings alone, which a physician's acknowledgement can lift. */
  boolean onlyWarnings() {
    return !findings.isEmpty() && findings.stream().allMatch(f -> f.severity() == Severity.WARN);
  }

  List<String> ruleIds() {
    return findings.stream().map(Finding::ruleId).distinct().toList();
  }

  static ConsoleProblem badInput(String detail) {
    return new ConsoleProblem(400, "Please check what was entered", detail, List.of());
  }

  /** The message, led by the field it is about when it does not name the field itself. */
  private static String naming(InvalidInputException e) {
    String field = e.field() == null ? "" : e.field().substring(e.field().lastIndexOf('.') + 1);
    return field.isEmpty() || e.getMessage().startsWith(field)
        ? e.getMessage()
        : field + ": " + e.getMessage();
  }

  private static List<Finding> findings(RuleViolationException e) {
    return e.findings().stream()
        .filter(Finding.class::isInstance)
        .map(Finding.class::cast)
        .toList();
  }
}
