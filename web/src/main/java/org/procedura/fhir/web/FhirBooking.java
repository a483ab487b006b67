package org.procedura.fhir.web;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Reference;
import org.procedura.catalog.model.ProcedurePurpose;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.catalog.model.SpinalRegion;
import org.procedura.patient.model.PatientId;
import org.procedura.scheduling.application.BookProcedure;
import org.procedura.scheduling.application.BookProcedureCommand;
import org.procedura.scheduling.application.IdempotentBooking;
import org.procedura.scheduling.model.Acknowledgement;
import org.procedura.scheduling.model.ClinicianId;
import org.procedura.scheduling.model.IdempotencyKey;
import org.procedura.scheduling.model.Laterality;
import org.procedura.scheduling.model.ProcedureSite;
import org.procedura.scheduling.model.RoomId;
import org.procedura.shared.web.CurrentActor;

/**
 * {@code $book}: the proposed appointment {@code $find} gave (patient, practitioner, location,
 * start, the procedure type as its service type, optionally the referral as {@code basedOn}) and
 * the procedure's site, turned into the API's booking command and booked by the same use cases,
 * once per {@code Idempotency-Key}.
 */
class FhirBooking {
  private final BookProcedure bookProcedure;
  private final IdempotentBooking idempotent;
  private final CurrentActor actor;

  FhirBooking(BookProcedure bookProcedure, IdempotentBooking idempotent, CurrentActor actor) {
    this.bookProcedure = bookProcedure;
    this.idempotent = idempotent;
    this.actor = actor;
  }

  /** What {@code $book} was given. */
  record Request(
      Appointment appointment,
      String region,
      List<String> levels,
      String laterality,
      String purpose,
      List<String> acknowledgedRules,
      String acknowledgementReason,
      String idempotencyKey) {}

  Appointment book(Request request, RequestDetails details) {
    Appointment proposed = request.appointment();
    UUID patient = participant(proposed, "Patient");
    FhirAudit.revealed(details, patient);
    if (proposed.getStart() == null) {
      throw new InvalidRequestException("appointment.start is required");
    }
    var command =
        new BookProcedureCommand(
            new PatientId(patient),
            procedureType(proposed),
            new ClinicianId(participant(proposed, "Practitioner")),
            new RoomId(participant(proposed, "Location")),
            proposed.getStart().toInstant(),
            new ProcedureSite(
                region(request.region()), request.levels(), laterality(request.laterality())),
            referral(proposed),
            acknowledgement(request),
            purpose(request.purpose()));
    var by = actor.get();
    IdempotencyKey key =
        request.idempotencyKey() == null ? null : new IdempotencyKey(request.idempotencyKey());
    var booking =
        idempotent.book(key, command, claimed -> bookProcedure.book(command, by, claimed));
    return AppointmentResources.of(booking.appointment());
  }

  private static UUID participant(Appointment appointment, String type) {
    List<UUID> found =
        appointment.getParticipant().stream()
            .map(Appointment.AppointmentParticipantComponent::getActor)
            .map(Reference::getReference)
            .filter(reference -> reference != null && reference.startsWith(type + "/"))
            .map(reference -> FhirIds.referenced(reference, type, "appointment.participant"))
            .toList();
    if (found.size() != 1) {
      throw new InvalidRequestException(
          "appointment.participant: name exactly one " + type + " (" + type + "/<id>)");
    }
    return found.getFirst();
  }

  private static ProcedureTypeCode procedureType(Appointment appointment) {
    List<String> codes =
        appointment.getServiceType().stream()
            .map(CodeableConcept::getCoding)
            .flatMap(List::stream)
            .filter(coding -> FhirSystems.PROCEDURE_TYPE.equals(coding.getSystem()))
            .map(Coding::getCode)
            .toList();
    if (codes.size() != 1 || codes.getFirst() == null) {
      throw new InvalidRequestException(
          "appointment.serviceType: one coding of " + FhirSystems.PROCEDURE_TYPE + " is required");
    }
    return new ProcedureTypeCode(codes.getFirst());
  }

  private static UUID referral(Appointment appointment) {
    if (appointment.getBasedOn().isEmpty()) {
      return null;
    }
    if (appointment.getBasedOn().size() > 1) {
      throw new InvalidRequestException("appointment.basedOn: at most one ServiceRequest");
    }
    return FhirIds.referenced(
        appointment.getBasedOnFirstRep().getReference(), "ServiceRequest", "appointment.basedOn");
  }

  private Acknowledgement acknowledgement(Request request) {
    if (request.acknowledgedRules().isEmpty() && request.acknowledgementReason() == null) {
      return null;
    }
    return new Acknowledgement(
        actor.get(),
        actor.hasRole("PHYSICIAN"),
        request.acknowledgementReason(),
        Set.copyOf(request.acknowledgedRules()));
  }

  private static SpinalRegion region(String code) {
    if (code == null) {
      return null;
    }
    return switch (code.toLowerCase(Locale.ROOT)) {
      case "cervical" -> SpinalRegion.CERVICAL;
      case "thoracic" -> SpinalRegion.THORACIC;
      case "lumbar" -> SpinalRegion.LUMBAR;
      case "sacral" -> SpinalRegion.SACRAL;
      default ->
          throw new InvalidRequestException("site-region is cervical, thoracic, lumbar or sacral");
    };
  }

  static Laterality laterality(String code) {
    if (code == null) {
      return null;
    }
    return switch (code.toLowerCase(Locale.ROOT)) {
      case "left" -> Laterality.LEFT;
      case "right" -> Laterality.RIGHT;
      case "bilateral" -> Laterality.BILATERAL;
      default -> throw new InvalidRequestException("laterality is left, right or bilateral");
    };
  }

  private static ProcedurePurpose purpose(String code) {
    if (code == null) {
      return null;
    }
    return switch (code.toLowerCase(Locale.ROOT)) {
      case "diagnostic" -> ProcedurePurpose.DIAGNOSTIC;
      case "therapeutic" -> ProcedurePurpose.THERAPEUTIC;
      default -> throw new InvalidRequestException("purpose is diagnostic or therapeutic");
    };
  }
}
