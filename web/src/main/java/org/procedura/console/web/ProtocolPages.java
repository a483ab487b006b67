package org.procedura.console.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.procedura.catalog.application.ProcedureCatalog;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.outcomes.application.ProtocolAdministration;
import org.procedura.outcomes.model.FollowUpProtocol;
import org.procedura.outcomes.model.FollowUpStep;
import org.procedura.outcomes.model.Scale;
import org.procedura.shared.model.DomainException;
import org.procedura.shared.model.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The follow-up protocols (the API's {@code ProtocolAdministration}): per procedure type of the
 * catalog its follow-ups, the pain diary's time points and the scales measured, revised at the
 * version the page showed. A revision applies to procedures completed after it.
 */
@Controller
@Hidden
class ProtocolPages {
  /** Blank step rows offered under a protocol's own, to add follow-ups. */
  static final int BLANK_STEPS = 2;

  private final ProtocolAdministration administration;
  private final ProcedureCatalog catalog;

  ProtocolPages(ProtocolAdministration administration, ProcedureCatalog catalog) {
    this.administration = administration;
    this.catalog = catalog;
  }

  @GetMapping("/console/follow-up-protocols")
  String list(Model model) {
    Map<ProcedureTypeCode, FollowUpProtocol> protocols =
        administration.all().stream()
            .collect(Collectors.toMap(FollowUpProtocol::getProcedureType, Function.identity()));
    model.addAttribute(
        "protocols",
        catalog.list().stream()
            .map(
                type ->
                    ProtocolSummary.of(
                        type.getCode().value(),
                        type.getDefinition().name(),
                        protocols.get(type.getCode())))
            .toList());
    return "console/admin/protocols";
  }

  @GetMapping("/console/follow-up-protocols/{procedureType}")
  String protocol(@PathVariable String procedureType, Model model) {
    FollowUpProtocol protocol = administration.get(new ProcedureTypeCode(procedureType));
    model.addAttribute("procedureType", protocol.getProcedureType().value());
    model.addAttribute("version", protocol.getVersion() == null ? 0 : protocol.getVersion());
    if (!model.containsAttribute("steps")) {
      List<StepRow> steps = new ArrayList<>(protocol.getSteps().stream().map(StepRow::of).toList());
      model.addAttribute("steps", steps);
      model.addAttribute(
          "diary",
          protocol.getDiaryPoints().stream()
              .map(point -> String.valueOf(point.toMinutes()))
              .collect(Collectors.joining(", ")));
      model.addAttribute("measures", protocol.getMeasures().stream().map(Enum::name).toList());
    }
    @SuppressWarnings("unchecked")
    List<StepRow> shown = (List<StepRow>) model.getAttribute("steps");
    List<StepRow> withBlanks = new ArrayList<>(shown);
    for (int i = 0; i < BLANK_STEPS; i++) {
      withBlanks.add(new StepRow("", "", "WEEKS", ""));
    }
    model.addAttribute("steps", withBlanks);
    model.addAttribute(
        "scales", Arrays.stream(Scale.values()).filter(scale -> !scale.relative()).toList());
    model.addAttribute("units", StepRow.UNITS);
    return "console/admin/protocol";
  }

  @PostMapping("/console/follow-up-protocols/{procedureType}")
  String revise(
      @PathVariable String procedureType,
      @RequestParam long version,
      @RequestParam(required = false) String diary,
      @RequestParam(required = false) List<String> measures,
      @RequestParam MultiValueMap<String, String> form,
      Model model,
      HttpServletResponse response) {
    List<StepRow> entered = StepRow.entered(form);
    try {
      administration.revise(
          new ProcedureTypeCode(procedureType),
          version,
          entered.stream().map(StepRow::step).toList(),
          diaryPoints(diary),
          FormValues.setOf(Scale.class, measures, "measures"));
    } catch (DomainException refused) {
      ConsoleProblems.onPage(refused, model, response);
      model.addAttribute("steps", entered);
      model.addAttribute("diary", diary);
      model.addAttribute("measures", measures == null ? List.of() : measures);
      return protocol(procedureType, model);
    }
    return "redirect:/console/follow-up-protocols/" + procedureType + "?revised";
  }

  private static List<Duration> diaryPoints(String diary) {
    if (FormValues.blank(diary)) {
      return List.of();
    }
    return Arrays.stream(diary.split(","))
        .map(String::strip)
        .filter(point -> !point.isEmpty())
        .map(point -> Duration.ofMinutes(FormValues.number(point, "diaryMinutes")))
        .toList();
  }

  /** A protocol in the list: its follow-ups in words, or that the type has none. */
  record ProtocolSummary(String code, String name, String followUps, long version) {
    static ProtocolSummary of(String code, String name, FollowUpProtocol protocol) {
      if (protocol == null || protocol.getSteps().isEmpty()) {
        return new ProtocolSummary(
            code, name, "no follow-ups", protocol == null ? 0 : version(protocol));
      }
      return new ProtocolSummary(
          code,
          name,
          protocol.getSteps().stream().map(FollowUpStep::label).collect(Collectors.joining(", ")),
          version(protocol));
    }

    private static long version(FollowUpProtocol protocol) {
      return protocol.getVersion() == null ? 0 : protocol.getVersion();
    }
  }

  /** One follow-up as the form shows it: due after a number of days, weeks or months. */
  record StepRow(String label, String amount, String unit, String windowDays) {
    static final List<String> UNITS = List.of("DAYS", "WEEKS", "MONTHS");

    static StepRow of(FollowUpStep step) {
      var after = step.after();
      int months = after.getYears() * 12 + after.getMonths();
      String amount;
      String unit;
      if (months > 0 && after.getDays() == 0) {
        amount = String.valueOf(months);
        unit = "MONTHS";
      } else if (months == 0 && after.getDays() % 7 == 0) {
        amount = String.valueOf(after.getDays() / 7);
        unit = "WEEKS";
      } else if (months == 0) {
        amount = String.valueOf(after.getDays());
        unit = "DAYS";
      } else {
        throw new IllegalStateException("a follow-up due after months and days: " + after);
      }
      return new StepRow(step.label(), amount, unit, String.valueOf(step.windowDays()));
    }

    /** The rows the form sent; a row left wholly blank is no follow-up. */
    static List<StepRow> entered(MultiValueMap<String, String> form) {
      List<String> labels = form.getOrDefault("label", List.of());
      List<String> amounts = form.getOrDefault("amount", List.of());
      List<String> units = form.getOrDefault("unit", List.of());
      List<String> windows = form.getOrDefault("windowDays", List.of());
      if (amounts.size() != labels.size()
          || units.size() != labels.size()
          || windows.size() != labels.size()) {
        throw new InvalidInputException("steps", "each follow-up needs its label, due and window");
      }
      List<StepRow> rows = new ArrayList<>();
      for (int i = 0; i < labels.size(); i++) {
        if (FormValues.blank(labels.get(i))
            && FormValues.blank(amounts.get(i))
            && FormValues.blank(windows.get(i))) {
          continue;
        }
        rows.add(new StepRow(labels.get(i), amounts.get(i), units.get(i), windows.get(i)));
      }
      return rows;
    }

    FollowUpStep step() {
      int count = FormValues.number(amount, "after");
      var after =
          switch (FormValues.oneOf(Unit.class, unit, "unit")) {
            case DAYS -> Period.ofDays(count);
            case WEEKS -> Period.ofWeeks(count);
            case MONTHS -> Period.ofMonths(count);
          };
      return new FollowUpStep(label, after, FormValues.number(windowDays, "windowDays"));
    }
  }

  enum Unit {
    DAYS,
    WEEKS,
    MONTHS
  }
}
