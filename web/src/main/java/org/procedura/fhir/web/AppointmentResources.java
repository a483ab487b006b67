package org.procedura.fhir.web;

import java.util.Date;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Appointment.AppointmentParticipantComponent;
import org.hl7.fhir.r4.model.Appointment.AppointmentStatus;
import org.hl7.fhir.r4.model.Appointment.ParticipationStatus;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Reference;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.scheduling.model.AppointmentKind;
import org.procedura.scheduling.model.AppointmentSummary;
import org.procedura.scheduling.model.CandidateSlot;
import org.procedura.scheduling.model.ProcedureSite;
import org.procedura.scheduling.model.TimeSlot;

/**
 * Appointments as FHIR: booked ones from the model (the aggregate, or a schedule's summary), and
 * proposed ones from the availability search, which {@code $book} takes back.
 */
final class AppointmentResources {
  private AppointmentResources() {}

  static Appointment of(org.procedura.scheduling.model.Appointment appointment) {
    var placement = appointment.getPlacement();
    var resource =
        base(
            appointment.getKind(),
            appointment.getProcedureType(),
            placement.slot(),
            appointment.getSite());
    resource.setId(appointment.getId().value().toString());
    if (appointment.getVersion() != null) {
      resource.getMeta().setVersionId(appointment.getVersion().toString());
    }
    resource.setStatus(status(appointment.getStatus()));
    if (!appointment.getEvents().isEmpty()) {
      resource.setCreated(Date.from(appointment.getEvents().getFirst().stamp().at()));
    }
    participant(resource, FhirIds.reference("Patient", appointment.getPatient().value()));
    participant(resource, FhirIds.reference("Practitioner", placement.clinician().value()));
    participant(resource, FhirIds.reference("Location", placement.room().value()));
    if (appointment.getReferral() != null) {
      resource.addBasedOn(FhirIds.reference("ServiceRequest", appointment.getReferral()));
    }
    return resource;
  }

  static Appointment of(AppointmentSummary summary) {
    var resource = base(summary.kind(), summary.procedureType(), summary.slot(), summary.site());
    resource.setId(summary.id().value().toString());
    resource.setStatus(status(summary.status()));
    participant(
        resource,
        FhirIds.reference("Patient", summary.patient().value()).setDisplay(summary.patientName()));
    participant(
        resource,
        FhirIds.reference("Practitioner", summary.clinician().value())
            .setDisplay(summary.clinicianName()));
    participant(
        resource,
        FhirIds.reference("Location", summary.room().value()).setDisplay(summary.roomName()));
    return resource;
  }

  /** A time that can be booked: proposed, for the patient when one was named. */
  static Appointment proposed(CandidateSlot slot, ProcedureTypeCode type, java.util.UUID patient) {
    var resource =
        base(AppointmentKind.PROCEDURE, type, new TimeSlot(slot.start(), slot.end()), null);
    resource.setStatus(AppointmentStatus.PROPOSED);
    // a search result needs an id: the same proposal is always named the same
    resource.setId(
        java.util
            .UUID
            .nameUUIDFromBytes(
                (type.value()
                        + "|"
                        + slot.clinician().value()
                        + "|"
                        + slot.room().value()
                        + "|"
                        + slot.start()
                        + "|"
                        + patient)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8))
            .toString());
    if (patient != null) {
      participant(resource, FhirIds.reference("Patient", patient))
          .setStatus(ParticipationStatus.NEEDSACTION);
    }
    participant(
        resource,
        FhirIds.reference("Practitioner", slot.clinician().value())
            .setDisplay(slot.clinicianName()));
    participant(
        resource, FhirIds.reference("Location", slot.room().value()).setDisplay(slot.roomName()));
    return resource;
  }

  private static Appointment base(
      AppointmentKind kind, ProcedureTypeCode type, TimeSlot slot, ProcedureSite site) {
    var resource = new Appointment();
    resource.setStart(Date.from(slot.start()));
    resource.setEnd(Date.from(slot.end()));
    resource.setMinutesDuration(
        (int) java.time.Duration.between(slot.start(), slot.end()).toMinutes());
    if (kind == AppointmentKind.PROCEDURE) {
      resource.addServiceType(
          new CodeableConcept(new Coding(FhirSystems.PROCEDURE_TYPE, type.value(), null)));
      resource.setAppointmentType(
          new CodeableConcept(
              new Coding(FhirSystems.V2_APPOINTMENT_REASON, "ROUTINE", "Routine appointment")));
    } else {
      resource.setAppointmentType(
          new CodeableConcept(
                  kind == AppointmentKind.FOLLOW_UP
                      ? new Coding(
                          FhirSystems.V2_APPOINTMENT_REASON, "FOLLOWUP", "A follow up visit")
                      : new Coding(
                          FhirSystems.V2_APPOINTMENT_REASON, "ROUTINE", "Routine appointment"))
              .setText(kind == AppointmentKind.FOLLOW_UP ? "follow-up visit" : "consult"));
    }
    if (site != null && !site.equals(ProcedureSite.NONE)) {
      resource.setDescription(SiteText.of(site));
    }
    return resource;
  }

  private static AppointmentParticipantComponent participant(
      Appointment appointment, Reference actor) {
    return appointment
        .addParticipant()
        .setActor(actor)
        .setRequired(Appointment.ParticipantRequired.REQUIRED)
        .setStatus(ParticipationStatus.ACCEPTED);
  }

  static AppointmentStatus status(org.procedura.scheduling.model.AppointmentStatus status) {
    return switch (status) {
      case BOOKED, CONFIRMED -> AppointmentStatus.BOOKED;
      case CHECKED_IN -> AppointmentStatus.CHECKEDIN;
      case IN_PROGRESS -> AppointmentStatus.ARRIVED;
      case COMPLETED -> AppointmentStatus.FULFILLED;
      case CANCELLED -> AppointmentStatus.CANCELLED;
      case NO_SHOW -> AppointmentStatus.NOSHOW;
    };
  }
}
