package org.procedura.history.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.procedura.api.history.EnteredInErrorRequest;
import org.procedura.api.history.OutsideProcedureRequest;
import org.procedura.api.history.OutsideProcedureResponse;
import org.procedura.api.history.OutsideProceduresApi;
import org.procedura.history.application.OutsideHistory;
import org.procedura.history.model.OutsideProcedure;
import org.procedura.history.model.OutsideProcedureId;
import org.procedura.patient.model.PatientId;
import org.procedura.shared.web.CurrentActor;
import org.procedura.shared.web.EntityTags;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

@RestController
class OutsideProceduresController implements OutsideProceduresApi {
  private final OutsideHistory history;
  private final OutsideProcedureWebMapper mapper;
  private final CurrentActor actor;

  OutsideProceduresController(
      OutsideHistory history, OutsideProcedureWebMapper mapper, CurrentActor actor) {
    this.history = history;
    this.mapper = mapper;
    this.actor = actor;
  }

  @Override
  public List<OutsideProcedureResponse> listOutsideProcedures(UUID patientId) {
    return history.list(new PatientId(patientId)).stream().map(mapper::toResponse).toList();
  }

  @Override
  public ResponseEntity<OutsideProcedureResponse> recordOutsideProcedure(
      UUID patientId, OutsideProcedureRequest request) {
    OutsideProcedure recorded =
        history.record(new PatientId(patientId), mapper.toDetails(request), actor.get());
    URI location =
        URI.create("/api/v1/patients/" + patientId + "/outside-procedures/" + recorded.getId());
    return withTag(ResponseEntity.created(location), recorded);
  }

  @Override
  public ResponseEntity<OutsideProcedureResponse> getOutsideProcedure(
      UUID patientId, UUID procedureId) {
    return withTag(
        ResponseEntity.ok(),
        history.get(new PatientId(patientId), new OutsideProcedureId(procedureId)));
  }

  @Override
  public ResponseEntity<OutsideProcedureResponse> correctOutsideProcedure(
      UUID patientId, UUID procedureId, String ifMatch, OutsideProcedureRequest request) {
    long seen = EntityTags.versionFromIfMatch(ifMatch);
    OutsideProcedure corrected =
        history.correct(
            new PatientId(patientId),
            new OutsideProcedureId(procedureId),
            seen,
            mapper.toDetails(request),
            actor.get());
    return withTag(ResponseEntity.ok(), corrected);
  }

  @Override
  public ResponseEntity<OutsideProcedureResponse> enterOutsideProcedureInError(
      UUID patientId, UUID procedureId, String ifMatch, EnteredInErrorRequest request) {
    long seen = EntityTags.versionFromIfMatch(ifMatch);
    OutsideProcedure removed =
        history.enterInError(
            new PatientId(patientId),
            new OutsideProcedureId(procedureId),
            seen,
            request.reason(),
            actor.get());
    return withTag(ResponseEntity.ok(), removed);
  }

  private ResponseEntity<OutsideProcedureResponse> withTag(
      ResponseEntity.BodyBuilder builder, OutsideProcedure procedure) {
    return builder.eTag(EntityTags.of(procedure.getVersion())).body(mapper.toResponse(procedure));
  }
}
