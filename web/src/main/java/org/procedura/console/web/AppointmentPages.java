package org.procedura.console.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import java.util.function.Consumer;
import org.procedura.scheduling.application.AppointmentLifecycle;
import org.procedura.scheduling.model.Appointment;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.scheduling.model.AppointmentKind;
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
 * check-in checklist still lacks; confirming, checking in, starting, completing, cancelling with a
 * reason and marking a no-show, each at the version the page showed.
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

  @PostMapping("/console/patients/{patientId}/appointments/{id}/confirm")
  String confirm(
      @PathVariable UUID patientId,
      @PathVariable UUID id,
      @RequestParam long version,
      Model model,
      HttpServletResponse response) {
    return step(
        patientId,
        id,
        appointment -> lifecycle.confirm(appointment, version, actor.get()),
        "confirmed",
        model,
        response);
  }

  @PostMapping("/console/patients/{patientId}/appointments/{id}/check-in")
  String checkIn(
      @PathVariable UUID patientId,
      @PathVariable UUID id,
      @RequestParam long version,
      Model model,
      HttpServletResponse response) {
    return step(
        patientId,
        id,
        appointment -> lifecycle.checkIn(appointment, version, actor.get()),
        "checkedIn",
        model,
        response);
  }

  @PostMapping("/console/patients/{patientId}/appointments/{id}/start")
  String start(
      @PathVariable UUID patientId,
      @PathVariable UUID id,
      @RequestParam long version,
      Model model,
      HttpServletResponse response) {
    return step(
        patientId,
        id,
        appointment -> lifecycle.start(appointment, version, actor.get()),
        "started",
        model,
        response);
  }

  /** A completed procedure is recorded next: its page opens with the form. */
  @PostMapping("/console/patients/{patientId}/appointments/{id}/complete")
  String complete(
      @PathVariable UUID patientId,
      @PathVariable UUID id,
      @RequestParam long version,
      Model model,
      HttpServletResponse response) {
    boolean procedure = view.load(patientId, id).getKind() == AppointmentKind.PROCEDURE;
    String done =
        step(
            patientId,
            id,
            appointment -> lifecycle.complete(appointment, version, actor.get()),
            "completed",
            model,
            response);
    return done.startsWith("redirect:") && procedure
        ? "redirect:/console/patients/" + patientId + "/procedures/" + id + "?completed"
        : done;
  }

  @PostMapping("/console/patients/{patientId}/appointments/{id}/no-show")
  String noShow(
      @PathVariable UUID patientId,
      @PathVariable UUID id,
      @RequestParam long version,
      Model model,
      HttpServletResponse response) {
    return step(
        patientId,
        id,
        appointment -> lifecycle.markNoShow(appointment, version, actor.get()),
        "noShow",
        model,
        response);
  }

  @PostMapping("/console/patients/{patientId}/appointments/{id}/cancel")
  String cancel(
      @PathVariable UUID patientId,
      @PathVariable UUID id,
      @RequestParam(required = false) String reason,
      @RequestParam long version,
      Model model,
      HttpServletResponse response) {
    return step(
        patientId,
        id,
        appointment -> lifecycle.cancel(appointment, version, reason, actor.get()),
        "cancelled",
        model,
        response);
  }

  /**
   * One step of this patient's appointment through the use case; a refusal is shown on the page as
   * it was, a success answered by the page again with {@code done} in its address.
   */
  private String step(
      UUID patientId,
      UUID id,
      Consumer<AppointmentId> step,
      String done,
      Model model,
      HttpServletResponse response) {
    Appointment appointment = view.load(patientId, id);
    try {
      step.accept(appointment.getId());
    } catch (DomainException refused) {
      ConsoleProblems.show(ConsoleProblem.of(refused), model, response);
      return view.show(appointment, model);
    }
    return "redirect:/console/patients/" + patientId + "/appointments/" + id + "?" + done;
  }
}
