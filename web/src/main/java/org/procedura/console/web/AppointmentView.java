package org.procedura.console.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.procedura.outcomes.model.Scale;
import org.procedura.patient.application.PatientRegister;
import org.procedura.patient.model.PatientId;
import org.procedura.rules.application.ChecklistView;
import org.procedura.rules.application.ProcedureChecklist;
import org.procedura.scheduling.application.AppointmentLifecycle;
import org.procedura.scheduling.application.ClinicResources;
import org.procedura.scheduling.model.Appointment;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.scheduling.model.AppointmentKind;
import org.procedura.scheduling.model.Clinician;
import org.procedura.shared.model.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The appointment page's content: what, when, where, its status, and for a procedure its checklist
 * (items, values, limits, what still stands in the way of check-in, medications held).
 */
@Component
class AppointmentView {
  private final AppointmentLifecycle lifecycle;
  private final ProcedureChecklist checklist;
  private final PatientRegister register;
  private final ClinicResources resources;
  private final ConsoleTime time;

  AppointmentView(
      AppointmentLifecycle lifecycle,
      ProcedureChecklist checklist,
      PatientRegister register,
      ClinicResources resources,
      ConsoleTime time) {
    this.lifecycle = lifecycle;
    this.checklist = checklist;
    this.register = register;
    this.resources = resources;
    this.time = time;
  }

  /** The appointment, if it is this patient's: another patient's is not found under this one. */
  Appointment load(UUID patientId, UUID id) {
    Appointment appointment = lifecycle.get(new AppointmentId(id));
    if (!appointment.getPatient().equals(new PatientId(patientId))) {
      throw new NotFoundException("appointment", id);
    }
    return appointment;
  }

  /** The physicians an appointment may be moved to, by name. */
  List<Clinician> clinicians() {
    return resources.clinicians().stream()
        .sorted(Comparator.comparing(Clinician::getDisplayName))
        .toList();
  }

  String show(Appointment appointment, Model model) {
    var placement = appointment.getPlacement();
    model.addAttribute("patient", register.get(appointment.getPatient()).patient());
    model.addAttribute("appointment", appointment);
    model.addAttribute("day", time.day(placement.slot().start()));
    model.addAttribute("from", time.hour(placement.slot().start()));
    model.addAttribute("to", time.hour(placement.slot().end()));
    model.addAttribute(
        "clinicianName", resources.clinician(placement.clinician()).getDisplayName());
    model.addAttribute("roomName", resources.room(placement.room()).getName());
    model.addAttribute("site", appointment.getSite().inWords());
    model.addAttribute(
        "status", appointment.getStatus().name().replace('_', ' ').toLowerCase(Locale.ROOT));
    if (appointment.getKind() == AppointmentKind.PROCEDURE) {
      ChecklistView view = checklist.of(appointment.getId());
      model.addAttribute("checklist", view);
      model.addAttribute("asksOdi", view.baselineScales().contains(Scale.ODI));
      model.addAttribute("asksNdi", view.baselineScales().contains(Scale.NDI));
      model.addAttribute(
          "checklistRows",
          view.required().stream()
              .sorted(Comparator.naturalOrder())
              .map(item -> ChecklistRow.of(item, view.recorded().get(item), view.limits(), time))
              .toList());
    }
    return "console/appointment";
  }
}
