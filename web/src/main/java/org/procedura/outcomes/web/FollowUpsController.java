package org.procedura.outcomes.web;

import java.util.List;
import java.util.UUID;
import org.procedura.api.outcomes.CloseFollowUpRequest;
import org.procedura.api.outcomes.FollowUpOutcomeRequest;
import org.procedura.api.outcomes.FollowUpResponse;
import org.procedura.api.outcomes.FollowUpsApi;
import org.procedura.api.outcomes.VisitRequest;
import org.procedura.api.outcomes.Worklist;
import org.procedura.outcomes.application.FollowUpCare;
import org.procedura.outcomes.application.FollowUpView;
import org.procedura.outcomes.application.FollowUpWorklists;
import org.procedura.outcomes.model.FollowUp;
import org.procedura.outcomes.model.FollowUpId;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.scheduling.model.ClinicianId;
import org.procedura.shared.web.CurrentActor;
import org.procedura.shared.web.EntityTags;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

@RestController
class FollowUpsController implements FollowUpsApi {
  private final FollowUpCare care;
  private final FollowUpWorklists worklists;
  private final OutcomesWebMapper mapper;
  private final OutcomesValueMapper values;
  private final CurrentActor actor;

  FollowUpsController(
      FollowUpCare care,
      FollowUpWorklists worklists,
      OutcomesWebMapper mapper,
      OutcomesValueMapper values,
      CurrentActor actor) {
    this.care = care;
    this.worklists = worklists;
    this.mapper = mapper;
    this.values = values;
    this.actor = actor;
  }

  @Override
  public List<FollowUpResponse> worklist(Worklist list, UUID physicianId) {
    ClinicianId physician = physicianId == null ? null : new ClinicianId(physicianId);
    List<FollowUp> found =
        switch (list) {
          case DUE_THIS_WEEK -> worklists.dueThisWeek(physician);
          case OVERDUE -> worklists.overdue(physician);
          case MISSED -> worklists.missed(physician);
        };
    return found.stream()
        .map(f -> new FollowUpView(f, List.of(), null, null))
        .map(mapper::toResponse)
        .toList();
  }

  @Override
  public ResponseEntity<FollowUpResponse> get(UUID id) {
    return ok(care.get(new FollowUpId(id)));
  }

  @Override
  public ResponseEntity<FollowUpResponse> bookAsVisit(
      UUID id, String ifMatch, VisitRequest request) {
    return ok(
        care.bookAsVisit(
            new FollowUpId(id),
            EntityTags.versionFromIfMatch(ifMatch),
            new AppointmentId(request.appointmentId())));
  }

  @Override
  public ResponseEntity<FollowUpResponse> recordOutcome(
      UUID id, String ifMatch, FollowUpOutcomeRequest request) {
    return ok(
        care.record(
            new FollowUpId(id),
            EntityTags.versionFromIfMatch(ifMatch),
            values.toDomain(request.contact()),
            request.measures().stream().map(mapper::toMeasure).toList(),
            actor.get()));
  }

  @Override
  public ResponseEntity<FollowUpResponse> closeFollowUp(
      UUID id, String ifMatch, CloseFollowUpRequest request) {
    return ok(
        care.close(
            new FollowUpId(id),
            EntityTags.versionFromIfMatch(ifMatch),
            values.toDomain(request.reason()),
            request.note(),
            actor.get()));
  }

  private ResponseEntity<FollowUpResponse> ok(FollowUpView view) {
    return ResponseEntity.ok()
        .eTag(EntityTags.of(view.followUp().getVersion()))
        .body(mapper.toResponse(view));
  }
}
