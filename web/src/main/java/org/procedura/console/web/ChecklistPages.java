package org.procedura.console.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.procedura.rules.application.ProcedureChecklist;
import org.procedura.rules.model.ChecklistInput;
import org.procedura.rules.model.ChecklistItem;
import org.procedura.rules.model.Meal;
import org.procedura.scheduling.model.Appointment;
import org.procedura.shared.model.DomainException;
import org.procedura.shared.model.InvalidInputException;
import org.procedura.shared.web.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A nurse or physician records one checklist item of a procedure, with its value; the checklist
 * holds it to its limits and says what still stands in the way of check-in.
 */
@Controller
@Hidden
class ChecklistPages {
  private final ProcedureChecklist checklist;
  private final AppointmentView view;
  private final CurrentActor actor;
  private final ConsoleTime time;

  ChecklistPages(
      ProcedureChecklist checklist, AppointmentView view, CurrentActor actor, ConsoleTime time) {
    this.checklist = checklist;
    this.view = view;
    this.actor = actor;
    this.time = time;
  }

  @PostMapping("/console/patients/{patientId}/appointments/{id}/checklist/{item}")
  String record(
      @PathVariable UUID patientId,
      @PathVariable UUID id,
      @PathVariable String item,
      @RequestParam(required = false) String answer,
      @RequestParam(required = false) String value,
      @RequestParam(required = false) String at,
      @RequestParam(required = false) String meal,
      @RequestParam(required = false) String nrs,
      @RequestParam(required = false) String odi,
      @RequestParam(required = false) String ndi,
      Model model,
      HttpServletResponse response) {
    Appointment appointment = view.load(patientId, id);
    try {
      ChecklistItem recorded = choice(ChecklistItem.class, item, "item");
      var input =
          new ChecklistInput(
              answer == null || answer.isBlank() ? null : "yes".equals(answer),
              decimal(value, "value"),
              instant(at),
              meal == null || meal.isBlank() ? null : choice(Meal.class, meal, "meal"),
              nrs == null || nrs.isBlank() ? null : whole(nrs, "nrs"),
              items(odi, "odi"),
              items(ndi, "ndi"));
      checklist.record(
          appointment.getId(),
          recorded,
          input,
          actor.get(),
          actor.hasRole("NURSE") || actor.hasRole("PHYSICIAN"));
    } catch (DomainException refused) {
      ConsoleProblems.show(ConsoleProblem.of(refused), model, response);
      return view.show(appointment, model);
    }
    return "redirect:/console/patients/" + patientId + "/appointments/" + id + "#checklist";
  }

  /** A wall-clock time in the clinic's zone, as a datetime-local field sends it. */
  private Instant instant(String at) {
    if (at == null || at.isBlank()) {
      return null;
    }
    try {
      return LocalDateTime.parse(at.strip()).atZone(time.zone()).toInstant();
    } catch (DateTimeParseException notATime) {
      throw new InvalidInputException("at", "The time is a date and time such as 2026-12-14T07:30");
    }
  }

  private static BigDecimal decimal(String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(value.strip());
    } catch (NumberFormatException notANumber) {
      throw new InvalidInputException(field, field + " is a number such as 1.1");
    }
  }

  private static Integer whole(String value, String field) {
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException notANumber) {
      throw new InvalidInputException(field, field + " is a whole number");
    }
  }

  /** Ten answers such as "2, 3, 1, ...", or none. */
  private static List<Integer> items(String answers, String field) {
    if (answers == null || answers.isBlank()) {
      return null;
    }
    return Arrays.stream(answers.split("[,\\s]+"))
        .filter(answer -> !answer.isBlank())
        .map(answer -> whole(answer, field))
        .toList();
  }

  private static <E extends Enum<E>> E choice(Class<E> type, String value, String field) {
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException notOne) {
      throw new InvalidInputException(field, value + " is not one of the choices");
    }
  }
}
