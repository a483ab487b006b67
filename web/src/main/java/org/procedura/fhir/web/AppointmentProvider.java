package org.procedura.fhir.web;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.DateParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.StringType;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.patient.model.PatientId;
import org.procedura.scheduling.application.AppointmentLifecycle;
import org.procedura.scheduling.application.AvailabilityQuery;
import org.procedura.scheduling.application.FindAvailability;
import org.procedura.scheduling.application.ScheduleViews;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.scheduling.model.ClinicianId;
import org.procedura.scheduling.model.RoomId;
import org.procedura.shared.model.PageQuery;

/**
 * Appointments: read, searched by patient (the upcoming ones) or by day, {@code $find} (IHE ITI
 * Scheduling) for proposed appointments from the availability search, and {@code $book}.
 */
class AppointmentProvider implements IResourceProvider {
  private final AppointmentLifecycle lifecycle;
  private final ScheduleViews schedule;
  private final FindAvailability availability;
  private final FhirBooking booking;

  AppointmentProvider(
      AppointmentLifecycle lifecycle,
      ScheduleViews schedule,
      FindAvailability availability,
      FhirBooking booking) {
    this.lifecycle = lifecycle;
    this.schedule = schedule;
    this.availability = availability;
    this.booking = booking;
  }

  @Override
  public Class<Appointment> getResourceType() {
    return Appointment.class;
  }

  @Read
  public Appointment read(@IdParam IdType id) {
    return AppointmentResources.of(lifecycle.get(new AppointmentId(FhirIds.uuid(id))));
  }

  /**
   * By {@code patient}: that patient's appointments from now on, soonest first. By {@code date}:
   * the clinic's day, optionally one practitioner's or one location's. One of the two is needed.
   */
  @Search
  public IBundleProvider search(
      @OptionalParam(name = Appointment.SP_PATIENT) ReferenceParam patient,
      @OptionalParam(name = Appointment.SP_DATE) DateParam date,
      @OptionalParam(name = Appointment.SP_PRACTITIONER) ReferenceParam practitioner,
      @OptionalParam(name = Appointment.SP_LOCATION) ReferenceParam location,
      @Offset Integer offset,
      @Count Integer count) {
    PageQuery page = Paging.page(offset, count);
    if (patient != null) {
      if (date != null || practitioner != null || location != null) {
        throw new InvalidRequestException(
            "search by patient alone, or by date with practitioner or location");
      }
      var id = new PatientId(FhirIds.referenced(patient.getValue(), "Patient", "patient"));
      return Paging.bundle(schedule.ofPatient(id, true, page), AppointmentResources::of);
    }
    if (date == null) {
      throw new InvalidRequestException("search appointments by patient or by date");
    }
    LocalDate day = FhirDates.day(date, Appointment.SP_DATE);
    UUID clinician =
        practitioner == null
            ? null
            : FhirIds.referenced(practitioner.getValue(), "Practitioner", "practitioner");
    UUID room =
        location == null ? null : FhirIds.referenced(location.getValue(), "Location", "location");
    return Paging.bundle(
        schedule.day(
            day,
            clinician == null ? null : new ClinicianId(clinician),
            room == null ? null : new RoomId(room)),
        page,
        AppointmentResources::of);
  }

  /**
   * IHE ITI Scheduling's {@code $find}: the first free times for a procedure type within the days
   * from {@code start} to {@code end}, as proposed appointments, from the same availability search
   * and rules as the API (a named patient's own bookings and waiting rules are respected).
   */
  @Operation(name = "$find", idempotent = true)
  public Bundle find(
      @OperationParam(name = "service-type", min = 1, max = 1) StringType serviceType,
      @OperationParam(name = "start", min = 1, max = 1) DateType start,
      @OperationParam(name = "end", min = 1, max = 1) DateType end,
      @OperationParam(name = "practitioner", max = 1) StringType practitioner,
      @OperationParam(name = "location", max = 1) StringType location,
      @OperationParam(name = "patient", max = 1) StringType patient,
      @OperationParam(name = "_count", max = 1) IntegerType count,
      RequestDetails request) {
    required(serviceType, "service-type");
    required(start, "start");
    required(end, "end");
    ProcedureTypeCode type = serviceType(serviceType);
    UUID patientId =
        patient == null ? null : FhirIds.referenced(patient.getValue(), "Patient", "patient");
    if (patientId != null) {
      FhirAudit.revealed(request, patientId);
    }
    UUID clinician =
        practitioner == null
            ? null
            : FhirIds.referenced(practitioner.getValue(), "Practitioner", "practitioner");
    UUID room =
        location == null ? null : FhirIds.referenced(location.getValue(), "Location", "location");
    var query =
        new AvailabilityQuery(
            type,
            null,
            FhirDates.day(start, "start"),
            FhirDates.day(end, "end"),
            clinician == null ? null : new ClinicianId(clinician),
            patientId == null ? null : new PatientId(patientId),
            count == null ? 10 : count.getValue(),
            room == null ? null : new RoomId(room),
            null);
    var bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
    List<Appointment> proposed =
        availability.search(query).stream()
            .map(slot -> AppointmentResources.proposed(slot, type, patientId))
            .toList();
    bundle.setTotal(proposed.size());
    proposed.forEach(
        appointment ->
            bundle
                .addEntry()
                // a proposal is not stored: its URL names it within this answer, and $book takes
                // the resource itself back
                .setFullUrl(
                    request.getFhirServerBase()
                        + "/Appointment/"
                        + appointment.getIdElement().getIdPart())
                .setResource(appointment)
                .getSearch()
                .setMode(Bundle.SearchEntryMode.MATCH));
    return bundle;
  }

  /**
   * IHE ITI Scheduling's {@code $book}: books a proposed appointment through the same booking use
   * case as the API. Refusals come back as an OperationOutcome with each finding and its way out.
   */
  @Operation(name = "$book")
  public Appointment book(
      @OperationParam(name = "appointment", min = 1, max = 1) Appointment appointment,
      @OperationParam(name = "site-region", max = 1) StringType region,
      @OperationParam(name = "site-level", max = OperationParam.MAX_UNLIMITED)
          List<StringType> levels,
      @OperationParam(name = "laterality", max = 1) StringType laterality,
      @OperationParam(name = "purpose", max = 1) StringType purpose,
      @OperationParam(name = "acknowledge-rule", max = OperationParam.MAX_UNLIMITED)
          List<StringType> acknowledged,
      @OperationParam(name = "acknowledgement-reason", max = 1) StringType reason,
      RequestDetails request) {
    required(appointment, "appointment");
    return booking.book(
        new FhirBooking.Request(
            appointment,
            text(region),
            levels == null ? List.of() : levels.stream().map(StringType::getValue).toList(),
            text(laterality),
            text(purpose),
            acknowledged == null
                ? List.of()
                : acknowledged.stream().map(StringType::getValue).toList(),
            text(reason),
            request.getHeader("Idempotency-Key")),
        request);
  }

  /** HAPI does not hold an operation to its parameters' {@code min}: a missing one is a 400. */
  private static void required(Object parameter, String name) {
    if (parameter == null) {
      throw new InvalidRequestException(name + " is required");
    }
  }

  private static String text(StringType value) {
    return value == null ? null : value.getValue();
  }

  /** A procedure type's code, bare or as {@code system|code} of the catalog's system. */
  static ProcedureTypeCode serviceType(StringType serviceType) {
    String value = serviceType.getValue();
    if (value != null && value.startsWith(FhirSystems.PROCEDURE_TYPE + "|")) {
      value = value.substring(FhirSystems.PROCEDURE_TYPE.length() + 1);
    }
    try {
      return new ProcedureTypeCode(value);
    } catch (RuntimeException notACode) {
      throw new InvalidRequestException(
          "service-type: a procedure type's code (" + FhirSystems.PROCEDURE_TYPE + "|<code>)");
    }
  }
}
