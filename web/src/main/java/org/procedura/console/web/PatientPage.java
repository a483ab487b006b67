package org.procedura.console.web;

import io.swagger.v3.oas.annotations.Hidden;
import java.util.UUID;
import org.procedura.outcomes.application.OutcomeTimeline;
import org.procedura.outcomes.application.PatientTimeline;
import org.procedura.outcomes.web.PainCharts;
import org.procedura.patient.application.ClinicalIntake;
import org.procedura.patient.application.PatientRecord;
import org.procedura.patient.application.PatientRegister;
import org.procedura.patient.model.ClinicalProfile;
import org.procedura.patient.model.PatientId;
import org.procedura.patient.model.ProfileSection;
import org.procedura.scheduling.application.ScheduleViews;
import org.procedura.shared.model.PageQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A patient's page: who they are and their clinical profile, their appointments to come and past;
 * for nurses and physicians also their history (procedures here with their relief, procedures
 * elsewhere, referrals) and the pain chart, which the front desk does not see (as in the API).
 */
@Controller
@Hidden
class PatientPage {
  private static final int RESULTS = 25;

  private final PatientRegister register;
  private final ClinicalIntake intake;
  private final ScheduleViews schedules;
  private final OutcomeTimeline outcomes;
  private final PainCharts charts;
  private final ConsoleTime time;

  PatientPage(
      PatientRegister register,
      ClinicalIntake intake,
      ScheduleViews schedules,
      OutcomeTimeline outcomes,
      PainCharts charts,
      ConsoleTime time) {
    this.register = register;
    this.intake = intake;
    this.schedules = schedules;
    this.outcomes = outcomes;
    this.charts = charts;
    this.time = time;
  }

  @GetMapping("/console/patients/{patientId}")
  String patient(@PathVariable UUID patientId, Model model) {
    PatientId id = new PatientId(patientId);
    PatientRecord record = register.get(id);
    model.addAttribute("patient", record.patient());
    model.addAttribute("duplicates", record.possibleDuplicates());
    ClinicalProfile profile = intake.get(id).profile();
    model.addAttribute("allergies", profile.current(ProfileSection.ALLERGIES));
    model.addAttribute("medications", profile.current(ProfileSection.MEDICATIONS));
    model.addAttribute("diagnoses", profile.current(ProfileSection.DIAGNOSES));
    model.addAttribute("upcoming", visits(id, true));
    model.addAttribute("past", visits(id, false));
    Staff staff = ConsoleLayout.current();
    if (staff != null && staff.clinician()) {
      PatientTimeline timeline = outcomes.of(id);
      model.addAttribute(
          "procedures",
          timeline.procedures().stream().map(view -> ProcedureLine.of(view, time)).toList());
      model.addAttribute("outside", timeline.outsideProcedures());
      model.addAttribute("referrals", timeline.referrals());
      model.addAttribute("chart", charts.svgOf(timeline));
    }
    return "console/patient";
  }

  private java.util.List<ScheduledVisit> visits(PatientId id, boolean upcoming) {
    return schedules.ofPatient(id, upcoming, new PageQuery(0, RESULTS)).content().stream()
        .map(time::of)
        .toList();
  }
}
