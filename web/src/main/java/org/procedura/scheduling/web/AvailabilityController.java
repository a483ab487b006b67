package org.procedura.scheduling.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.procedura.api.scheduling.AvailabilityApi;
import org.procedura.api.scheduling.SlotResponse;
import org.procedura.api.scheduling.VisitKind;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.patient.model.PatientId;
import org.procedura.scheduling.application.AvailabilityQuery;
import org.procedura.scheduling.application.FindAvailability;
import org.procedura.scheduling.model.ClinicianId;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AvailabilityController implements AvailabilityApi {
  private final FindAvailability availability;
  private final SchedulingWebMapper mapper;
  private final BookingTimers timers;

  AvailabilityController(
      FindAvailability availability, SchedulingWebMapper mapper, BookingTimers timers) {
    this.availability = availability;
    this.mapper = mapper;
    this.timers = timers;
  }

  @Override
  public List<SlotResponse> search(
      String procedureType,
      VisitKind visitKind,
      LocalDate from,
      LocalDate to,
      UUID clinicianId,
      UUID patientId,
      int limit) {
    var query =
        new AvailabilityQuery(
            procedureType == null || procedureType.isBlank()
                ? null
                : new ProcedureTypeCode(procedureType),
            mapper.toKind(visitKind),
            from,
            to,
            clinicianId == null ? null : new ClinicianId(clinicianId),
            patientId == null ? null : new PatientId(patientId),
            limit);
    return timers.availability(() -> availability.search(query)).stream()
        .map(mapper::toResponse)
        .toList();
  }
}
