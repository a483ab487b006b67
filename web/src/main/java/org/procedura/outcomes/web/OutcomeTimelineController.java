package org.procedura.outcomes.web;

import java.util.UUID;
import org.procedura.api.outcomes.OutcomeTimelineApi;
import org.procedura.api.outcomes.ReferralEntryDto;
import org.procedura.api.outcomes.TimelineResponse;
import org.procedura.history.web.OutsideProcedureWebMapper;
import org.procedura.outcomes.application.OutcomeTimeline;
import org.procedura.outcomes.application.PatientTimeline;
import org.procedura.patient.model.PatientId;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

@RestController
class OutcomeTimelineController implements OutcomeTimelineApi {
  static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");

  private final OutcomeTimeline timeline;
  private final OutcomesWebMapper mapper;
  private final OutsideProcedureWebMapper outside;
  private final PainCharts charts;

  OutcomeTimelineController(
      OutcomeTimeline timeline,
      OutcomesWebMapper mapper,
      OutsideProcedureWebMapper outside,
      PainCharts charts) {
    this.charts = charts;
    this.timeline = timeline;
    this.mapper = mapper;
    this.outside = outside;
  }

  @Override
  public TimelineResponse timeline(UUID id) {
    PatientTimeline found = timeline.of(new PatientId(id));
    return new TimelineResponse(
        id,
        found.referrals().stream()
            .map(
                r ->
                    new ReferralEntryDto(
                        r.id(), r.receivedOn(), r.status(), r.reason(), r.requestedProcedureType()))
            .toList(),
        found.procedures().stream().map(mapper::toResponse).toList(),
        found.outsideProcedures().stream().map(outside::toResponse).toList());
  }

  @Override
  public ResponseEntity<String> painChart(UUID id) {
    return ResponseEntity.ok().contentType(SVG).body(charts.svgOf(timeline.of(new PatientId(id))));
  }
}
