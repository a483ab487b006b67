package org.procedura.console.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.UUID;
import org.procedura.patient.application.PatientRegister;
import org.procedura.patient.model.PatientId;
import org.procedura.rules.application.ProcedureChecklist;
import org.procedura.scheduling.application.AppointmentLifecycle;
import org.procedura.scheduling.application.ClinicResources;
import org.procedura.scheduling.model.Appointment;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.scheduling.model.AppointmentKind;
import org.procedura.shared.model.DomainException;
import org.procedura.shared.model.NotFoundException;
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
  private final ProcedureChecklist checklist;
  private final PatientRegister register;
  private final ClinicResources resources;
  private final CurrentActor actor;
  private final ConsoleTime time;

  AppointmentPages(
      AppointmentLifecycle lifecycle,
      ProcedureChecklist checklist,
      PatientRegister register,
      ClinicResources resources,
      CurrentActor actor,
      ConsoleTime time) {
    this.lifecycle = lifecycle;
    this.checklist = checklist;
    this.register = register;
    this.resources = resources;
    this.actor = actor;
    this.time = time;
  }

  @GetMapping("/console/patients/{patientId}/appointments/{id}")
  String appointment(@PathVariable UUID patientId, @PathVariable UUID id, Model model) {
    show(load(patientId, id), model);
    return "console/appointment";
  }

  @PostMapping("/console/patients/{patientId}/appointments/{id}/check-in")
  String checkIn(
      @PathVariable UUID patientId,
      @PathVariable UUID id,
      Model model,
      HttpServletResponse response) {
    Appointment appointment = load(patientId, id);
    try {
      lifecycle.checkIn(appointment.getId(), null, actor.get());
    } catch (DomainException refused) {
      show(appointment, model);
      ConsoleProblems.show(ConsoleProblem.of(refused), model, response);
      return "console/appointment";
    }
    return "redirect:/console/patients/" + patientId + "/appointments/" + id + "?checkedIn";
  }

  @PostMapping("/console/patients/{patientId}/appointments/{id}/cancel")
  String cancel(
      @PathVariable UUID patientId,
      @PathVariable UUID id,
      @RequestParam(required = false) String reason,
      Model model,
      HttpServletResponse response) {
    Appointment appointment = load(patientId, id);
    try {
      lifecycle.cancel(appointment.getId(), null, reason, actor.get());
    } catch (DomainException refused) {
      show(appointment, model);
      ConsoleProblems.show(ConsoleProblem.of(refused), model, response);
      return "console/appointment";
    }
    return "redirect:/console/patients/" + patientId + "/appointments/" + id + "?cancelled";
  }

  /** The appointment, if it is this patient's: another patient's is not found under this one. */
  private Appointment load(UUID patientId, UUID id) {
    Appointment appointment = lifecycle.get(new AppointmentId(id));
    if (!appointment.getPatient().equals(new PatientId(patientId))) {
      throw new NotFoundException("appointment", id);
    }
    return appointment;
  }

  private void show(Appointment appointment, Model model) {
    var placement = appointment.getPlacement();
    model.addAttribute("patient", register.get(appointment.getPatient()).patient());
    model.addAttribute("appointment", appointment);
    model.addAttribute("day", time.day(placement.slot().start()));
    model.addAttribute("from", time.hour(placement.slot().start()));
    model.addAttribute("to", time.hour(placement.slot().end()));
    model.addAttribute(
        "clinicianName", resources.clinician(placement.clinician()).getDisplayName());
    model.addAttribute("roomName", resources.room(placement.room()).getName());
    model.addAttribute("site", SiteWords.of(appointment.getSite()));
    model.addAttribute(
        "status", appointment.getStatus().name().replace('_', ' ').toLowerCase(Locale.ROOT));
    if (appointment.getKind() == AppointmentKind.PROCEDURE) {
      model.addAttribute("checklist", checklist.of(appointment.getId()));
    }
  }
}
