package org.procedura.fhir.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Quantity;
import org.procedura.outcomes.application.ProcedureView;
import org.procedura.outcomes.model.FollowUp;
import org.procedura.outcomes.model.Measure;
import org.procedura.outcomes.model.ProcedureDetails;
import org.procedura.outcomes.model.Scale;
import org.procedura.scheduling.model.Laterality;
import org.procedura.scheduling.model.ProcedureSite;

/**
 * What a procedure achieved, as FHIR: the performed procedure (with its body site and side) and
 * each score as an Observation, the pre-procedure baseline and every follow-up's, each a part of
 * its procedure. The 0–10 pain score is LOINC 72514-3; the other scales (ODI, NDI, PEG, PGIC,
 * percent relief) are coded in the clinic's own system, with their names as text.
 */
final class OutcomeResources {
  private OutcomeResources() {}

  static final String SCALE = "https://procedura.org/fhir/CodeSystem/outcome-scale";
  static final String SNOMED = "http://snomed.info/sct";
  private static final String CATEGORY =
      "http://terminology.hl7.org/CodeSystem/observation-category";
  private static final String UCUM = "http://unitsofmeasure.org";

  static Procedure procedure(ProcedureView view) {
    var course = view.course();
    var record = view.record();
    var resource = new Procedure();
    resource.setId(course.procedure().value().toString());
    if (record.getVersion() != null) {
      resource.getMeta().setVersionId(record.getVersion().toString());
    }
    resource.setStatus(Procedure.ProcedureStatus.COMPLETED);
    resource.setSubject(FhirIds.reference("Patient", course.patient().value()));
    resource.setCode(
        new CodeableConcept(
            new Coding(FhirSystems.PROCEDURE_TYPE, course.procedureType().value(), null)));
    resource.addPerformer().setActor(FhirIds.reference("Practitioner", course.physician().value()));
    var details = record.current();
    Instant performed = details.map(ProcedureDetails::performedAt).orElse(record.getCompletedAt());
    resource.setPerformed(new org.hl7.fhir.r4.model.DateTimeType(Date.from(performed)));
    details.ifPresent(current -> bodySite(resource, current.site()));
    return resource;
  }

  /** The site in words with its levels, and its side as SNOMED CT's laterality qualifier. */
  private static void bodySite(Procedure resource, ProcedureSite site) {
    if (site.equals(ProcedureSite.NONE)) {
      return;
    }
    resource.addBodySite(new CodeableConcept().setText(SiteText.of(site)));
    if (site.laterality() != null) {
      resource.addBodySite(
          new CodeableConcept(new Coding(SNOMED, laterality(site.laterality()), null))
              .setText(site.laterality().name().toLowerCase(Locale.ROOT)));
    }
  }

  static String laterality(Laterality side) {
    return switch (side) {
      case LEFT -> "7771000";
      case RIGHT -> "24028007";
      case BILATERAL -> "51440002";
    };
  }

  /** The baseline's scores and then each follow-up's, of one procedure. */
  static List<Observation> observations(ProcedureView view) {
    var course = view.course();
    List<Observation> observations = new ArrayList<>();
    Instant before =
        view.record() == null
            ? null
            : view.record()
                .current()
                .map(ProcedureDetails::performedAt)
                .orElse(view.record().getCompletedAt());
    for (Map.Entry<Scale, Measure> baseline : view.baseline().entrySet()) {
      var observation =
          observation(
              course.procedure().value() + "-b-" + slug(baseline.getKey()),
              course,
              baseline.getValue(),
              before);
      observation.getCode().setText(observation.getCode().getText() + " (pre-procedure baseline)");
      observations.add(observation);
    }
    for (var followUp : view.followUps()) {
      FollowUp done = followUp.followUp();
      if (done.getDone() == null) {
        continue;
      }
      for (Measure measure : done.getMeasures()) {
        var observation =
            observation(
                done.getId().value() + "-" + slug(measure.scale()),
                course,
                measure,
                done.getDone().at());
        observation
            .getCode()
            .setText(observation.getCode().getText() + " (" + done.getLabel() + ")");
        observations.add(observation);
      }
    }
    return observations;
  }

  private static Observation observation(
      String id, FollowUp.Course course, Measure measure, Instant at) {
    var observation = new Observation();
    observation.setId(id);
    observation.setStatus(Observation.ObservationStatus.FINAL);
    observation.addCategory(new CodeableConcept(new Coding(CATEGORY, "survey", "Survey")));
    observation.setCode(code(measure.scale()));
    observation.setSubject(FhirIds.reference("Patient", course.patient().value()));
    observation.addPartOf(FhirIds.reference("Procedure", course.procedure().value()));
    if (at != null) {
      observation.setEffective(new org.hl7.fhir.r4.model.DateTimeType(Date.from(at)));
    }
    var value = new Quantity().setValue(measure.score());
    if (measure.scale() == Scale.PERCENT_RELIEF || measure.scale() == Scale.ODI) {
      value.setUnit("%").setSystem(UCUM).setCode("%");
    } else {
      value.setUnit("{score}").setSystem(UCUM).setCode("{score}");
    }
    observation.setValue(value);
    return observation;
  }

  static CodeableConcept code(Scale scale) {
    var code = new CodeableConcept();
    if (scale == Scale.NRS) {
      code.addCoding(
          new Coding(
              FhirSystems.LOINC,
              "72514-3",
              "Pain severity - 0-10 verbal numeric rating [Score] - Reported"));
    }
    code.addCoding(new Coding(SCALE, slug(scale), null));
    code.setText(
        switch (scale) {
          case NRS -> "Pain, numeric rating 0-10";
          case PERCENT_RELIEF -> "Percent pain relief";
          case ODI -> "Oswestry Disability Index";
          case NDI -> "Neck Disability Index";
          case PEG -> "PEG (pain, enjoyment, general activity)";
          case PGIC -> "Patient Global Impression of Change";
          case MME -> "Daily morphine milligram equivalents";
        });
    return code;
  }

  static String slug(Scale scale) {
    return scale.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
