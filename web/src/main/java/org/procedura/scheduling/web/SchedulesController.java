package org.procedura.scheduling.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.procedura.api.common.PageResponse;
import org.procedura.api.scheduling.ScheduleEntry;
import org.procedura.api.scheduling.SchedulesApi;
import org.procedura.patient.model.PatientId;
import org.procedura.scheduling.application.ScheduleViews;
import org.procedura.scheduling.model.ClinicianId;
import org.procedura.scheduling.model.RoomId;
import org.procedura.shared.model.InvalidInputException;
import org.procedura.shared.model.PageQuery;
import org.procedura.shared.web.PageResponses;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SchedulesController implements SchedulesApi {
  private final ScheduleViews views;
  private final SchedulingWebMapper mapper;

  SchedulesController(ScheduleViews views, SchedulingWebMapper mapper) {
    this.views = views;
    this.mapper = mapper;
  }

  @Override
  public List<ScheduleEntry> day(LocalDate date, UUID clinicianId, UUID roomId) {
    return views
        .day(
            date,
            clinicianId == null ? null : new ClinicianId(clinicianId),
            roomId == null ? null : new RoomId(roomId))
        .stream()
        .map(mapper::toEntry)
        .toList();
  }

  @Override
  public PageResponse<ScheduleEntry> ofPatient(UUID patientId, String when, int page, int size) {
    boolean upcoming =
        switch (when) {
          case "upcoming" -> true;
          case "past" -> false;
          default -> throw new InvalidInputException("when", "when is upcoming or past");
        };
    return PageResponses.of(
        views.ofPatient(new PatientId(patientId), upcoming, new PageQuery(page, size)),
        mapper::toEntry);
  }
}
