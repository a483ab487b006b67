package org.procedura.console.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.procedura.catalog.model.CareSetting;
import org.procedura.catalog.model.ImagingModality;
import org.procedura.scheduling.application.ClinicResources;
import org.procedura.scheduling.model.ResourceRef;
import org.procedura.scheduling.model.Room;
import org.procedura.scheduling.model.RoomId;
import org.procedura.scheduling.model.RoomKind;
import org.procedura.shared.model.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The administrators' rooms (the API's {@code ClinicResources}): opening one with its kind, imaging
 * and care setting, revising it at the version the page showed, its weekly hours and its
 * maintenance.
 */
@Controller
@Hidden
class RoomPages {
  private final ClinicResources resources;
  private final WorkingTimeForm workingTime;

  RoomPages(ClinicResources resources, WorkingTimeForm workingTime) {
    this.resources = resources;
    this.workingTime = workingTime;
  }

  @GetMapping("/console/rooms")
  String list(Model model) {
    model.addAttribute("rooms", resources.rooms());
    choices(model);
    return "console/admin/rooms";
  }

  @PostMapping("/console/rooms")
  String open(
      @RequestParam String name,
      @RequestParam String kind,
      @RequestParam(required = false) List<String> imaging,
      @RequestParam(required = false) String careSetting,
      Model model,
      HttpServletResponse response) {
    try {
      Room opened = resources.openRoom(setup(name, kind, imaging, true, careSetting));
      return "redirect:/console/rooms/" + opened.getId().value() + "?opened";
    } catch (DomainException refused) {
      ConsoleProblems.onPage(refused, model, response);
      model.addAttribute("entered", new Entered(name, kind, imaging, careSetting));
      return list(model);
    }
  }

  @GetMapping("/console/rooms/{id}")
  String room(@PathVariable UUID id, Model model) {
    Room room = resources.room(new RoomId(id));
    model.addAttribute("room", room);
    choices(model);
    workingTime.show(ResourceRef.of(room.getId()), model);
    return "console/admin/room";
  }

  @PostMapping("/console/rooms/{id}")
  String revise(
      @PathVariable UUID id,
      @RequestParam long version,
      @RequestParam String name,
      @RequestParam String kind,
      @RequestParam(required = false) List<String> imaging,
      @RequestParam(required = false) String careSetting,
      @RequestParam(defaultValue = "false") boolean active,
      Model model,
      HttpServletResponse response) {
    try {
      resources.reviseRoom(
          new RoomId(id), version, setup(name, kind, imaging, active, careSetting));
    } catch (DomainException refused) {
      return refusedAt("profile", id, refused, model, response);
    }
    return "redirect:/console/rooms/" + id + "?revised";
  }

  @PostMapping("/console/rooms/{id}/working-hours")
  String replaceHours(
      @PathVariable UUID id,
      @RequestParam MultiValueMap<String, String> form,
      Model model,
      HttpServletResponse response) {
    return workingTime.replaceHours(
        resource(id),
        form,
        "/console/rooms/" + id,
        model,
        (at, refused) -> refusedAt(at, id, refused, model, response));
  }

  @PostMapping("/console/rooms/{id}/maintenance")
  String addMaintenance(
      @PathVariable UUID id,
      @RequestParam MultiValueMap<String, String> form,
      Model model,
      HttpServletResponse response) {
    return workingTime.markAway(
        resource(id),
        form,
        "/console/rooms/" + id,
        model,
        (at, refused) -> refusedAt(at, id, refused, model, response));
  }

  private String refusedAt(
      String form, UUID id, DomainException refused, Model model, HttpServletResponse response) {
    ConsoleProblems.onPage(refused, model, response);
    model.addAttribute("problemAt", form);
    return room(id, model);
  }

  private static void choices(Model model) {
    model.addAttribute("kinds", RoomKind.values());
    model.addAttribute("modalities", ImagingModality.values());
    model.addAttribute("careSettings", CareSetting.values());
  }

  private static Room.Setup setup(
      String name, String kind, List<String> imaging, boolean active, String careSetting) {
    return new Room.Setup(
        name,
        FormValues.oneOf(RoomKind.class, kind, "kind"),
        FormValues.setOf(ImagingModality.class, imaging, "imaging"),
        active,
        FormValues.blank(careSetting)
            ? null
            : FormValues.oneOf(CareSetting.class, careSetting, "careSetting"));
  }

  private static ResourceRef resource(UUID id) {
    return ResourceRef.of(new RoomId(id));
  }

  /** What was typed into a refused new room's form, shown again. */
  record Entered(String name, String kind, List<String> imaging, String careSetting) {
    public boolean has(String modality) {
      return imaging != null && imaging.contains(modality);
    }
  }
}
