package org.procedura.console.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import java.util.function.Consumer;
import org.procedura.patient.application.PatientRegister;
import org.procedura.patient.model.PatientId;
import org.procedura.referral.application.ReferralIntake;
import org.procedura.referral.application.ReferralView;
import org.procedura.referral.model.ReferralId;
import org.procedura.referral.model.ReferralStatus;
import org.procedura.shared.model.DomainException;
import org.procedura.shared.model.NotFoundException;
import org.procedura.shared.model.PageQuery;
import org.procedura.shared.web.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The physicians' triage: referrals received and waiting for review, and those reviewed and waiting
 * for a decision, the longest waiting first; a referral's page with what the referring provider
 * sent, its history, and the physician's steps (triage with a note, accept with a note, decline
 * with a reason), each at the version the page showed, through {@link ReferralIntake}.
 */
@Controller
@Hidden
class ReferralTriagePages {
  private static final int PER_LIST = 50;

  private final ReferralIntake intake;
  private final PatientRegister register;
  private final CurrentActor actor;

  ReferralTriagePages(ReferralIntake intake, PatientRegister register, CurrentActor actor) {
    this.intake = intake;
    this.register = register;
    this.actor = actor;
  }

  @GetMapping("/console/referrals/triage")
  String toTriage(Model model) {
    var received = intake.worklist(ReferralStatus.RECEIVED, new PageQuery(0, PER_LIST));
    var triaged = intake.worklist(ReferralStatus.TRIAGED, new PageQuery(0, PER_LIST));
    model.addAttribute("received", received.content());
    model.addAttribute("receivedTotal", received.totalElements());
    model.addAttribute("triaged", triaged.content());
    model.addAttribute("triagedTotal", triaged.totalElements());
    return "console/triage";
  }

  @GetMapping("/console/patients/{patientId}/referrals/{referralId}")
  String referral(@PathVariable UUID patientId, @PathVariable UUID referralId, Model model) {
    return show(load(patientId, referralId), model);
  }

  @PostMapping("/console/patients/{patientId}/referrals/{referralId}/triage")
  String triage(
      @PathVariable UUID patientId,
      @PathVariable UUID referralId,
      @RequestParam long version,
      @RequestParam(required = false) String note,
      Model model,
      HttpServletResponse response) {
    return step(
        patientId,
        referralId,
        id -> intake.triage(id, version, optional(note), actor.get()),
        "triaged",
        model,
        response);
  }

  @PostMapping("/console/patients/{patientId}/referrals/{referralId}/accept")
  String accept(
      @PathVariable UUID patientId,
      @PathVariable UUID referralId,
      @RequestParam long version,
      @RequestParam(required = false) String note,
      Model model,
      HttpServletResponse response) {
    return step(
        patientId,
        referralId,
        id -> intake.accept(id, version, optional(note), actor.get()),
        "accepted",
        model,
        response);
  }

  @PostMapping("/console/patients/{patientId}/referrals/{referralId}/decline")
  String decline(
      @PathVariable UUID patientId,
      @PathVariable UUID referralId,
      @RequestParam long version,
      @RequestParam(required = false) String reason,
      Model model,
      HttpServletResponse response) {
    return step(
        patientId,
        referralId,
        id -> intake.decline(id, version, reason, actor.get()),
        "declined",
        model,
        response);
  }

  private static String optional(String note) {
    return note == null || note.isBlank() ? null : note.strip();
  }

  /** The referral, if it is this patient's: another patient's is not found under this one. */
  private ReferralView load(UUID patientId, UUID referralId) {
    ReferralView view = intake.get(new ReferralId(referralId));
    if (!view.referral().getPatientId().equals(new PatientId(patientId))) {
      throw new NotFoundException("referral", referralId);
    }
    return view;
  }

  private String show(ReferralView view, Model model) {
    model.addAttribute("patient", register.get(view.referral().getPatientId()).patient());
    model.addAttribute("view", view);
    model.addAttribute("referral", view.referral());
    model.addAttribute("details", view.referral().getDetails());
    model.addAttribute("status", view.referral().getStatus().name());
    return "console/referral";
  }

  private String step(
      UUID patientId,
      UUID referralId,
      Consumer<ReferralId> step,
      String done,
      Model model,
      HttpServletResponse response) {
    ReferralView view = load(patientId, referralId);
    try {
      step.accept(view.referral().getId());
    } catch (DomainException refused) {
      ConsoleProblems.show(ConsoleProblem.of(refused), model, response);
      return show(view, model);
    }
    return "redirect:/console/patients/" + patientId + "/referrals/" + referralId + "?" + done;
  }
}
