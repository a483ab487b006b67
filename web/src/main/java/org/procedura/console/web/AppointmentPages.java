package org.procedura.console.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.procedura.scheduling.application.AppointmentLifecycle;
import org.procedura.scheduling.model.Appointment;
import org.procedura.shared.model.DomainException;
import org.procedura.shared.web.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One appointment of a patient: what, when, where, its status, and for a procedure what its
 * check-in checklist still lacks; checking in and cancelling with a reason.
 */
@Controller
@Hidden
class AppointmentPages {
  private final AppointmentLifecycle lifecycle;
  private final AppointmentView view;
  private final CurrentActor actor;

  AppointmentPages(AppointmentLifecycle lifecycle, AppointmentView view, CurrentActor actor) {
    this.lifecycle = lifecycle;
    this.view = view;
    this.actor = actor;
  }

  @GetMapping("/console/patients/{patientId}/appointments/{id}")
  String appointment(@PathVariable UUID patientId, @PathVariable UUID id, Model model) {
    return view.show(view.load(patientId, id), model);
  }

  @PostMapping("/console/patients/{patientId}/appointments/{id}/check-in")
  String checkIn(
      @PathVariable UUID patientId,
      @PathVariable UUID id,
      @RequestParam long version,
      Model model,
      HttpServletResponse response) {
    Appointment appointment = view.load(patientId, id);
    try {
      lifecycle.checkIn(appointment.getId(), version, actor.get());
    } catch (DomainException refused) {
      ConsoleProblems.show(ConsoleProblem.of(refused), model, response);
      return view.show(appointment, model);
    }
    return "redirect:/console/patients/" + patientId + "/appointments/" + id + "?checkedIn";
  }

  @PostMapping("/console/patients/{patientId}/appointments/{id}/cancel")
  String cancel(
      @PathVariable UUID patientId,
      @PathVariable UUID id,
      @RequestParam(required = false) String reason,
      @RequestParam long version,
      Model model,
      HttpServletResponse response) {
    Appointment appointment = view.load(patientId, id);
    try {
      lifecycle.cancel(appointment.getId(), version, reason, actor.get());
    } catch (DomainException refused) {
      ConsoleProblems.show(ConsoleProblem.of(refused), model, response);
      return view.show(appointment, model);
    }
    return "redirect:/console/patients/" + patientId + "/appointments/" + id + "?cancelled";
  }
}
