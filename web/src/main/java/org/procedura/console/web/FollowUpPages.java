package org.procedura.console.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.procedura.outcomes.application.FollowUpCare;
import org.procedura.outcomes.application.FollowUpView;
import org.procedura.outcomes.application.FollowUpWorklists;
import org.procedura.outcomes.model.Contact;
import org.procedura.outcomes.model.FollowUp;
import org.procedura.outcomes.model.FollowUpId;
import org.procedura.outcomes.model.Measure;
import org.procedura.patient.application.PatientRegister;
import org.procedura.patient.model.PatientId;
import org.procedura.shared.model.DomainException;
import org.procedura.shared.model.NotFoundException;
import org.procedura.shared.web.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The nurses' call list: the clinic's follow-ups due this week and those overdue (the API's
 * worklists), each with the patient's name and phone, and the pain score heard on the call recorded
 * in place (htmx swaps the row; without it the list comes back).
 */
@Controller
@Hidden
class FollowUpPages {
  private final FollowUpWorklists worklists;
  private final FollowUpCare care;
  private final PatientRegister register;
  private final CurrentActor actor;

  FollowUpPages(
      FollowUpWorklists worklists,
      FollowUpCare care,
      PatientRegister register,
      CurrentActor actor) {
    this.worklists = worklists;
    this.care = care;
    this.register = register;
    this.actor = actor;
  }

  @GetMapping("/console/follow-ups")
  String callList(Model model) {
    model.addAttribute("dueThisWeek", rows(worklists.dueThisWeek(null)));
    model.addAttribute("overdue", rows(worklists.overdue(null)));
    return "console/follow-ups";
  }

  @PostMapping("/console/patients/{patientId}/follow-ups/{id}/outcome")
  String record(
      @PathVariable UUID patientId,
      @PathVariable UUID id,
      @RequestParam long version,
      @RequestParam int nrs,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      Model model,
      HttpServletResponse response) {
    FollowUp followUp = care.get(new FollowUpId(id)).followUp();
    if (!followUp.getCourse().patient().equals(new PatientId(patientId))) {
      throw new NotFoundException("follow-up", id);
    }
    try {
      FollowUpView recorded =
          care.record(
              followUp.getId(), version, Contact.CALL, List.of(Measure.nrs(nrs)), actor.get());
      followUp = recorded.followUp();
      model.addAttribute("recorded", "NRS " + nrs + " recorded");
    } catch (DomainException refused) {
      if (htmx == null) {
        return ConsoleProblems.show(ConsoleProblem.of(refused), model, response);
      }
      // the console's htmx swaps a 4xx answer too: the row comes back with the refusal in it
      ConsoleProblem problem = ConsoleProblem.of(refused);
      response.setStatus(problem.status());
      model.addAttribute("refusal", problem);
    }
    if (htmx == null) {
      return "redirect:/console/follow-ups";
    }
    model.addAttribute(
        "f", CallListRow.of(followUp, register.get(followUp.getCourse().patient()).patient()));
    return "console/follow-ups :: row";
  }

  private List<CallListRow> rows(List<FollowUp> followUps) {
    return followUps.stream()
        .map(f -> CallListRow.of(f, register.get(f.getCourse().patient()).patient()))
        .toList();
  }
}
