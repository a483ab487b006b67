package org.procedura.console.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.procedura.scheduling.application.AvailabilityQuery;
import org.procedura.scheduling.application.FindAvailability;
import org.procedura.scheduling.application.RescheduleAppointment;
import org.procedura.scheduling.application.RescheduleCommand;
import org.procedura.scheduling.model.Appointment;
import org.procedura.scheduling.model.AppointmentKind;
import org.procedura.scheduling.model.CandidateSlot;
import org.procedura.scheduling.model.ClinicianId;
import org.procedura.scheduling.model.RoomId;
import org.procedura.scheduling.web.BookingTimers;
import org.procedura.shared.model.DomainException;
import org.procedura.shared.web.CurrentActor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Moving an appointment: the first free slots for the same procedure or visit (the same search as
 * booking, around the patient's other appointments), and the move to the one picked, at the version
 * the page showed.
 */
@Controller
@Hidden
class ReschedulePages {
  private static final int SLOTS = 10;
  private static final int DEFAULT_DAYS = 14;

  private final AppointmentView view;
  private final FindAvailability availability;
  private final RescheduleAppointment rescheduling;
  private final CurrentActor actor;
  private final ConsoleTime time;
  private final BookingTimers timers;

  ReschedulePages(
      AppointmentView view,
      FindAvailability availability,
      RescheduleAppointment rescheduling,
      CurrentActor actor,
      ConsoleTime time,
      BookingTimers timers) {
    this.view = view;
    this.availability = availability;
    this.rescheduling = rescheduling;
    this.actor = actor;
    this.time = time;
    this.timers = timers;
  }

  @GetMapping("/console/patients/{patientId}/appointments/{id}/reschedule")
  String slots(
      @PathVariable UUID patientId,
      @PathVariable UUID id,
      @RequestParam(required = false) UUID clinicianId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      Model model) {
    Appointment appointment = view.load(patientId, id);
    LocalDate first = from != null ? from : time.today().plusDays(1);
    LocalDate last = to != null ? to : first.plusDays(DEFAULT_DAYS);
    view.show(appointment, model);
    model.addAttribute("searchFrom", first);
    model.addAttribute("searchTo", last);
    model.addAttribute("clinicianId", clinicianId);
    model.addAttribute("clinicians", view.clinicians());
    try {
      boolean procedure = appointment.getKind() == AppointmentKind.PROCEDURE;
      model.addAttribute(
          "slots",
          searched(
                  new AvailabilityQuery(
                      procedure ? appointment.getProcedureType() : null,
                      procedure ? null : appointment.getKind(),
                      first,
                      last,
                      clinicianId == null ? null : new ClinicianId(clinicianId),
                      appointment.getPatient(),
                      SLOTS))
              .stream()
              .map(slot -> BookingPages.OfferedSlot.of(slot, time, null))
              .toList());
    } catch (DomainException refused) {
      model.addAttribute("problem", ConsoleProblem.of(refused));
    }
    return "console/reschedule";
  }

  @PostMapping("/console/patients/{patientId}/appointments/{id}/reschedule")
  String reschedule(
      @PathVariable UUID patientId,
      @PathVariable UUID id,
      @RequestParam long version,
      @RequestParam String start,
      @RequestParam UUID clinicianId,
      @RequestParam UUID roomId,
      Model model,
      HttpServletResponse response) {
    Appointment appointment = view.load(patientId, id);
    try {
      var command =
          new RescheduleCommand(
              appointment.getId(),
              version,
              BookingPages.instant(start),
              new ClinicianId(clinicianId),
              new RoomId(roomId));
      var by = actor.get();
      timers.booking("reschedule", () -> rescheduling.reschedule(command, by));
    } catch (DomainException refused) {
      ConsoleProblems.show(ConsoleProblem.of(refused), model, response);
      return view.show(appointment, model);
    }
    return "redirect:/console/patients/" + patientId + "/appointments/" + id + "?rescheduled";
  }

  private List<CandidateSlot> searched(AvailabilityQuery query) {
    return timers.availability(() -> availability.search(query));
  }
}
