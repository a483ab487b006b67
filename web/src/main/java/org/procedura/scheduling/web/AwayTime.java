package org.procedura.scheduling.web;

import java.time.LocalDate;
import java.util.List;
import org.procedura.api.scheduling.AwayRequest;
import org.procedura.api.scheduling.AwayResponse;
import org.procedura.scheduling.application.ClinicResources;
import org.procedura.scheduling.model.ResourceRef;
import org.procedura.scheduling.model.TimeSlot;
import org.procedura.shared.web.ClinicTime;
import org.springframework.stereotype.Component;

/** Time off and maintenance alike: listed by clinic days, added as a period with a reason. */
@Component
class AwayTime {
  private final ClinicResources resources;
  private final SchedulingWebMapper mapper;
  private final ClinicTime clinicTime;

  AwayTime(ClinicResources resources, SchedulingWebMapper mapper, ClinicTime clinicTime) {
    this.resources = resources;
    this.mapper = mapper;
    this.clinicTime = clinicTime;
  }

  List<AwayResponse> list(ResourceRef resource, LocalDate from, LocalDate to) {
    return resources.away(resource, from, to).stream().map(mapper::toResponse).toList();
  }

  AwayResponse add(ResourceRef resource, AwayRequest request) {
    var period =
        new TimeSlot(clinicTime.toInstant(request.start()), clinicTime.toInstant(request.end()));
    return mapper.toResponse(resources.markAway(resource, period, request.reason()));
  }
}
