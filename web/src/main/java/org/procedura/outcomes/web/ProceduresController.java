package org.procedura.outcomes.web;

import java.util.UUID;
import org.procedura.api.outcomes.DiaryEntryRequest;
import org.procedura.api.outcomes.MeasureDto;
import org.procedura.api.outcomes.ProcedureRecordRequest;
import org.procedura.api.outcomes.ProcedureResponse;
import org.procedura.api.outcomes.ProceduresApi;
import org.procedura.outcomes.application.ProcedureRecording;
import org.procedura.outcomes.application.ProcedureView;
import org.procedura.outcomes.model.Measure;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.shared.web.CurrentActor;
import org.procedura.shared.web.EntityTags;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ProceduresController implements ProceduresApi {
  private final ProcedureRecording recording;
  private final OutcomesWebMapper mapper;
  private final CurrentActor actor;

  ProceduresController(ProcedureRecording recording, OutcomesWebMapper mapper, CurrentActor actor) {
    this.recording = recording;
    this.mapper = mapper;
    this.actor = actor;
  }

  @Override
  public ResponseEntity<ProcedureResponse> get(UUID id) {
    return ok(recording.get(new AppointmentId(id)));
  }

  @Override
  public ResponseEntity<ProcedureResponse> record(UUID id, ProcedureRecordRequest request) {
    return ok(
        recording.record(new AppointmentId(id), mapper.toDetails(request.details()), actor.get()));
  }

  @Override
  public ResponseEntity<ProcedureResponse> amend(
      UUID id, String ifMatch, ProcedureRecordRequest request) {
    long seen = EntityTags.versionFromIfMatch(ifMatch);
    return ok(
        recording.amend(
            new AppointmentId(id),
            seen,
            mapper.toDetails(request.details()),
            request.reason(),
            actor.get()));
  }

  @Override
  public ResponseEntity<ProcedureResponse> addBaseline(UUID id, MeasureDto request) {
    return ok(recording.addBaseline(new AppointmentId(id), mapper.toMeasure(request), actor.get()));
  }

  @Override
  public ResponseEntity<ProcedureResponse> addDiaryEntry(UUID id, DiaryEntryRequest request) {
    return ok(
        recording.addDiaryEntry(
            new AppointmentId(id),
            request.minutesAfter(),
            Measure.of(
                org.procedura.outcomes.model.Scale.NRS,
                java.math.BigDecimal.valueOf(request.nrs()),
                null),
            actor.get()));
  }

  private ResponseEntity<ProcedureResponse> ok(ProcedureView view) {
    return ResponseEntity.ok()
        .eTag(EntityTags.of(OutcomesWebMapper.version(view)))
        .body(mapper.toResponse(view));
  }
}
