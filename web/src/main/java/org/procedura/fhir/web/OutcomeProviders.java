package org.procedura.fhir.web;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.List;
import java.util.function.Predicate;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Procedure;
import org.procedura.outcomes.application.OutcomeTimeline;
import org.procedura.outcomes.application.ProcedureRecording;
import org.procedura.outcomes.application.ProcedureView;
import org.procedura.patient.model.PatientId;
import org.procedura.scheduling.model.AppointmentId;

/** Procedures done here and the scores that measure them, from the outcomes' use cases. */
final class OutcomeProviders {
  private OutcomeProviders() {}

  static class Procedures implements IResourceProvider {
    private final ProcedureRecording recording;
    private final OutcomeTimeline timeline;

    Procedures(ProcedureRecording recording, OutcomeTimeline timeline) {
      this.recording = recording;
      this.timeline = timeline;
    }

    @Override
    public Class<Procedure> getResourceType() {
      return Procedure.class;
    }

    /** A procedure once completed; before that it is only an appointment. */
    @Read
    public Procedure read(@IdParam IdType id) {
      ProcedureView view = recording.get(new AppointmentId(FhirIds.uuid(id)));
      if (!view.completed()) {
        throw new ResourceNotFoundException(id);
      }
      return OutcomeResources.procedure(view);
    }

    @Search
    public IBundleProvider search(
        @RequiredParam(name = Procedure.SP_PATIENT) ReferenceParam patient,
        @Offset Integer offset,
        @Count Integer count) {
      List<ProcedureView> done =
          timeline.of(patientOf(patient)).procedures().stream()
              .filter(ProcedureView::completed)
              .toList();
      return Paging.bundle(done, Paging.page(offset, count), OutcomeResources::procedure);
    }
  }

  static class Observations implements IResourceProvider {
    private final OutcomeTimeline timeline;

    Observations(OutcomeTimeline timeline) {
      this.timeline = timeline;
    }

    @Override
    public Class<Observation> getResourceType() {
      return Observation.class;
    }

    /**
     * A patient's scores, the earliest procedure's first, each baseline before its follow-ups;
     * {@code code} narrows them to one scale (LOINC 72514-3 or the clinic's scale system).
     */
    @Search
    public IBundleProvider search(
        @RequiredParam(name = Observation.SP_PATIENT) ReferenceParam patient,
        @OptionalParam(name = Observation.SP_CODE) TokenParam code,
        @Offset Integer offset,
        @Count Integer count) {
      Predicate<Observation> wanted = any -> true;
      if (code != null) {
        wanted =
            observation ->
                observation.getCode().getCoding().stream()
                    .anyMatch(
                        coding ->
                            coding.getCode().equals(code.getValue())
                                && (code.getSystem() == null
                                    || code.getSystem().isEmpty()
                                    || code.getSystem().equals(coding.getSystem())));
      }
      List<Observation> observations =
          timeline.of(patientOf(patient)).procedures().stream()
              .flatMap(view -> OutcomeResources.observations(view).stream())
              .filter(wanted)
              .toList();
      return Paging.bundle(observations, Paging.page(offset, count), observation -> observation);
    }
  }

  private static PatientId patientOf(ReferenceParam patient) {
    return new PatientId(FhirIds.referenced(patient.getValue(), "Patient", "patient"));
  }
}
