package org.procedura.console.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.procedura.patient.model.RuleSetCode;
import org.procedura.rules.application.RuleSetAdministration;
import org.procedura.rules.model.PayerRule;
import org.procedura.rules.model.RuleParameters;
import org.procedura.rules.model.RuleSet;
import org.procedura.rules.model.Severity;
import org.procedura.shared.model.DomainException;
import org.procedura.shared.model.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The payers' rule sets (the API's {@code RuleSetAdministration}): each set's rules at its current
 * version, every earlier version as it was, and one rule's severity and parameters edited at the
 * version the page showed, which makes a new version of the whole set.
 */
@Controller
@Hidden
class RuleSetPages {
  /** The form's fields that carry a rule's parameters: {@code p.<name>}. */
  static final String PARAMETER = "p.";

  private final RuleSetAdministration administration;

  RuleSetPages(RuleSetAdministration administration) {
    this.administration = administration;
  }

  @GetMapping("/console/rule-sets")
  String list(Model model) {
    model.addAttribute("ruleSets", administration.all());
    return "console/admin/rule-sets";
  }

  @GetMapping("/console/rule-sets/{code}")
  String current(@PathVariable String code, Model model) {
    RuleSet current = administration.current(new RuleSetCode(code));
    return show(current, current.version(), model);
  }

  @GetMapping("/console/rule-sets/{code}/versions/{version}")
  String version(@PathVariable String code, @PathVariable int version, Model model) {
    RuleSet current = administration.current(new RuleSetCode(code));
    return show(administration.version(current.code(), version), current.version(), model);
  }

  @GetMapping("/console/rule-sets/{code}/rules/{ruleId}")
  String rule(@PathVariable String code, @PathVariable String ruleId, Model model) {
    RuleSet current = administration.current(new RuleSetCode(code));
    RuleRow rule = RuleRow.of(find(current, ruleId));
    model.addAttribute("ruleSet", current);
    model.addAttribute("rule", rule);
    if (!model.containsAttribute("entered")) {
      model.addAttribute("entered", rule.parameters());
      model.addAttribute("enteredSeverity", rule.severity());
    }
    model.addAttribute("severities", Severity.values());
    return "console/admin/rule";
  }

  @PostMapping("/console/rule-sets/{code}/rules/{ruleId}")
  String revise(
      @PathVariable String code,
      @PathVariable String ruleId,
      @RequestParam int version,
      @RequestParam String severity,
      @RequestParam MultiValueMap<String, String> form,
      Model model,
      HttpServletResponse response) {
    Map<String, String> parameters = new LinkedHashMap<>();
    form.forEach(
        (name, values) -> {
          if (name.startsWith(PARAMETER) && !values.isEmpty()) {
            parameters.put(name.substring(PARAMETER.length()), values.getFirst());
          }
        });
    try {
      RuleSet revised =
          administration.reviseRule(
              new RuleSetCode(code),
              version,
              ruleId,
              FormValues.oneOf(Severity.class, severity, "severity"),
              parameters);
      return "redirect:/console/rule-sets/" + revised.code().value() + "?revised=" + ruleId;
    } catch (DomainException refused) {
      ConsoleProblems.onPage(refused, model, response);
      model.addAttribute("entered", parameters);
      model.addAttribute("enteredSeverity", severity);
      return rule(code, ruleId, model);
    }
  }

  private static String show(RuleSet ruleSet, int currentVersion, Model model) {
    model.addAttribute("ruleSet", ruleSet);
    model.addAttribute("isCurrent", ruleSet.version() == currentVersion);
    model.addAttribute("versions", versionsOf(currentVersion));
    model.addAttribute("rules", ruleSet.rules().stream().map(RuleRow::of).toList());
    return "console/admin/rule-set";
  }

  /** The versions of a set, the newest first, for the version links. */
  private static List<Integer> versionsOf(int current) {
    return IntStream.iterate(current, v -> v >= 1, v -> v - 1).boxed().toList();
  }

  private static PayerRule find(RuleSet ruleSet, String ruleId) {
    return ruleSet.rules().stream()
        .filter(rule -> rule.header().id().equals(ruleId))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("rule", ruleSet.code() + "/" + ruleId));
  }

  /** One rule as the pages show it; its parameters as the administrator edits them (text). */
  record RuleRow(
      String id,
      String kind,
      String severity,
      String scope,
      Map<String, String> parameters,
      String source) {
    static RuleRow of(PayerRule rule) {
      var header = rule.header();
      var scope = header.scope();
      String applies =
          Stream.concat(
                  scope.categories().stream().map(Enum::name),
                  scope.types().stream().map(Object::toString))
              .collect(Collectors.toCollection(TreeSet::new))
              .stream()
              .collect(Collectors.joining(", "));
      if (scope.purpose() != null) {
        applies += " (" + scope.purpose().name().toLowerCase(Locale.ROOT) + ")";
      }
      return new RuleRow(
          header.id(),
          RuleParameters.kindOf(rule),
          header.severity().name(),
          applies,
          RuleParameters.of(rule),
          header.source());
    }
  }
}
