package org.procedura.console.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.procedura.catalog.application.ProcedureCatalog;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.scheduling.application.ClinicResources;
import org.procedura.scheduling.model.Clinician;
import org.procedura.scheduling.model.ClinicianId;
import org.procedura.scheduling.model.ResourceRef;
import org.procedura.shared.model.DomainException;
import org.procedura.shared.model.Npi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The administrators' clinicians (the API's {@code ClinicResources}): registering one with the
 * procedures they are credentialed for, revising the profile at the version the page showed, their
 * weekly working hours, and their time off.
 */
@Controller
@Hidden
class ClinicianPages {
  private final ClinicResources resources;
  private final ProcedureCatalog catalog;
  private final WorkingTimeForm workingTime;

  ClinicianPages(ClinicResources resources, ProcedureCatalog catalog, WorkingTimeForm workingTime) {
    this.resources = resources;
    this.catalog = catalog;
    this.workingTime = workingTime;
  }

  @GetMapping("/console/clinicians")
  String list(Model model) {
    model.addAttribute("clinicians", resources.clinicians());
    model.addAttribute("procedureTypes", catalog.list());
    return "console/admin/clinicians";
  }

  @PostMapping("/console/clinicians")
  String register(
      @RequestParam String displayName,
      @RequestParam String npi,
      @RequestParam(required = false) List<String> credentials,
      Model model,
      HttpServletResponse response) {
    try {
      Clinician registered =
          resources.registerClinician(profile(displayName, npi, credentials, true));
      return "redirect:/console/clinicians/" + registered.getId().value() + "?registered";
    } catch (DomainException refused) {
      ConsoleProblems.onPage(refused, model, response);
      model.addAttribute("entered", new Entered(displayName, npi, credentials));
      return list(model);
    }
  }

  @GetMapping("/console/clinicians/{id}")
  String clinician(@PathVariable UUID id, Model model) {
    Clinician clinician = resources.clinician(new ClinicianId(id));
    model.addAttribute("clinician", clinician);
    model.addAttribute("procedureTypes", catalog.list());
    workingTime.show(ResourceRef.of(clinician.getId()), model);
    return "console/admin/clinician";
  }

  @PostMapping("/console/clinicians/{id}")
  String revise(
      @PathVariable UUID id,
      @RequestParam long version,
      @RequestParam String displayName,
      @RequestParam String npi,
      @RequestParam(required = false) List<String> credentials,
      @RequestParam(defaultValue = "false") boolean active,
      Model model,
      HttpServletResponse response) {
    try {
      resources.reviseClinician(
          new ClinicianId(id), version, profile(displayName, npi, credentials, active));
    } catch (DomainException refused) {
      return refusedAt("profile", id, refused, model, response);
    }
    return "redirect:/console/clinicians/" + id + "?revised";
  }

  @PostMapping("/console/clinicians/{id}/working-hours")
  String replaceHours(
      @PathVariable UUID id,
      @RequestParam MultiValueMap<String, String> form,
      Model model,
      HttpServletResponse response) {
    return workingTime.replaceHours(
        resource(id),
        form,
        "/console/clinicians/" + id,
        model,
        (at, refused) -> refusedAt(at, id, refused, model, response));
  }

  @PostMapping("/console/clinicians/{id}/time-off")
  String addTimeOff(
      @PathVariable UUID id,
      @RequestParam MultiValueMap<String, String> form,
      Model model,
      HttpServletResponse response) {
    return workingTime.markAway(
        resource(id),
        form,
        "/console/clinicians/" + id,
        model,
        (at, refused) -> refusedAt(at, id, refused, model, response));
  }

  private String refusedAt(
      String form, UUID id, DomainException refused, Model model, HttpServletResponse response) {
    ConsoleProblems.onPage(refused, model, response);
    model.addAttribute("problemAt", form);
    return clinician(id, model);
  }

  private static Clinician.Profile profile(
      String displayName, String npi, List<String> credentials, boolean active) {
    return new Clinician.Profile(
        displayName,
        Npi.named(npi == null ? null : npi.strip(), "npi"),
        credentials == null
            ? Set.of()
            : credentials.stream().map(ProcedureTypeCode::new).collect(Collectors.toSet()),
        active);
  }

  private static ResourceRef resource(UUID id) {
    return ResourceRef.of(new ClinicianId(id));
  }

  /** What was typed into a refused registration, shown again. */
  record Entered(String displayName, String npi, List<String> credentials) {
    public boolean has(String code) {
      return credentials != null && credentials.contains(code);
    }
  }
}
