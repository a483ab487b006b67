package org.procedura.console.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.procedura.catalog.application.ProcedureCatalog;
import org.procedura.catalog.model.ImagingModality;
import org.procedura.catalog.model.ProcedureType;
import org.procedura.catalog.model.Sedation;
import org.procedura.catalog.model.SpinalRegion;
import org.procedura.outcomes.application.ProcedureRecording;
import org.procedura.outcomes.application.ProcedureView;
import org.procedura.outcomes.model.ComplicationCode;
import org.procedura.patient.application.PatientRegister;
import org.procedura.patient.model.PatientId;
import org.procedura.scheduling.application.AppointmentLifecycle;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.scheduling.model.Laterality;
import org.procedura.scheduling.model.ProcedureSite;
import org.procedura.shared.model.DomainException;
import org.procedura.shared.model.NotFoundException;
import org.procedura.shared.web.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A procedure of a patient for nurses and physicians: what the physician recorded of it (a
 * physician writes the record once it is completed, through {@link ProcedureRecording#record}), its
 * baseline, and its follow-up outcomes with how long its relief has lasted.
 */
@Controller
@Hidden
class ProcedurePages {
  private static final DateTimeFormatter WALL_CLOCK =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

  private final ProcedureRecording recording;
  private final AppointmentLifecycle lifecycle;
  private final PatientRegister register;
  private final ProcedureCatalog catalog;
  private final CurrentActor actor;
  private final ConsoleTime time;

  ProcedurePages(
      ProcedureRecording recording,
      AppointmentLifecycle lifecycle,
      PatientRegister register,
      ProcedureCatalog catalog,
      CurrentActor actor,
      ConsoleTime time) {
    this.recording = recording;
    this.lifecycle = lifecycle;
    this.register = register;
    this.catalog = catalog;
    this.actor = actor;
    this.time = time;
  }

  @GetMapping("/console/patients/{patientId}/procedures/{id}")
  String procedure(@PathVariable UUID patientId, @PathVariable UUID id, Model model) {
    ProcedureView view = load(patientId, id);
    model.addAttribute("form", asBooked(view));
    return show(view, model);
  }

  @PostMapping("/console/patients/{patientId}/procedures/{id}/record")
  String record(
      @PathVariable UUID patientId,
      @PathVariable UUID id,
      @ModelAttribute("form") ProcedureRecordForm form,
      Model model,
      HttpServletResponse response) {
    ProcedureView view = load(patientId, id);
    try {
      recording.record(new AppointmentId(id), form.toDetails(time.zone()), actor.get());
    } catch (DomainException refused) {
      ConsoleProblems.show(ConsoleProblem.of(refused), model, response);
      return show(view, model);
    }
    return "redirect:/console/patients/" + patientId + "/procedures/" + id + "?recorded";
  }

  /** The procedure, if it is this patient's: another patient's is not found under this one. */
  private ProcedureView load(UUID patientId, UUID id) {
    ProcedureView view = recording.get(new AppointmentId(id));
    if (!view.course().patient().equals(new PatientId(patientId))) {
      throw new NotFoundException("procedure", id);
    }
    return view;
  }

  private String show(ProcedureView view, Model model) {
    model.addAttribute("patient", register.get(view.course().patient()).patient());
    model.addAttribute("procedure", view);
    model.addAttribute("procedureId", view.course().procedure().value());
    var details = view.completed() ? view.record().current().orElse(null) : null;
    model.addAttribute("details", details);
    if (details != null) {
      model.addAttribute(
          "performedAt",
          time.day(details.performedAt()) + " at " + time.hour(details.performedAt()));
    }
    model.addAttribute(
        "baseline",
        view.baseline().values().stream()
            .map(m -> m.scale().name() + " " + m.score().stripTrailingZeros().toPlainString())
            .sorted()
            .toList());
    model.addAttribute(
        "outcomes", view.followUps().stream().map(f -> FollowUpOutcome.of(f, time)).toList());
    model.addAttribute("types", catalog.list());
    model.addAttribute("regions", SpinalRegion.values());
    model.addAttribute("sides", Laterality.values());
    model.addAttribute("imagings", ImagingModality.values());
    model.addAttribute("sedations", Sedation.values());
    model.addAttribute("complications", ComplicationCode.values());
    if (view.completed()) {
      model.addAttribute("completedOn", time.day(view.record().getCompletedAt()));
    }
    return "console/procedure";
  }

  /** The form filled in as the procedure was booked and completed, for the physician to correct. */
  private ProcedureRecordForm asBooked(ProcedureView view) {
    var form = new ProcedureRecordForm();
    if (!view.completed()) {
      return form;
    }
    form.setPerformedAt(WALL_CLOCK.format(view.record().getCompletedAt().atZone(time.zone())));
    form.setProcedureType(view.course().procedureType().value());
    ProcedureSite site = lifecycle.get(view.course().procedure()).getSite();
    form.setRegion(site.region() == null ? "" : site.region().name());
    form.setLevels(String.join(", ", site.levels()));
    form.setSide(site.laterality() == null ? "" : site.laterality().name());
    catalog.list().stream()
        .filter(type -> type.getCode().equals(view.course().procedureType()))
        .map(ProcedureType::getDefinition)
        .findFirst()
        .ifPresent(definition -> form.setSedation(definition.sedation().name()));
    return form;
  }
}
