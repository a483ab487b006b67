package org.procedura.authorization.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.procedura.api.authorization.AuthorizationDecisionRequest;
import org.procedura.api.authorization.AuthorizationTermsDto;
import org.procedura.api.authorization.AuthorizationWorklistResponse;
import org.procedura.api.authorization.PriorAuthorizationResponse;
import org.procedura.api.authorization.PriorAuthorizationsApi;
import org.procedura.api.authorization.RecordAuthorizationRequest;
import org.procedura.authorization.application.AuthorizationView;
import org.procedura.authorization.application.AuthorizationWorklist;
import org.procedura.authorization.application.PriorAuthorizationDesk;
import org.procedura.authorization.model.PriorAuthorizationId;
import org.procedura.patient.model.PatientId;
import org.procedura.shared.web.CurrentActor;
import org.procedura.shared.web.EntityTags;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PriorAuthorizationsController implements PriorAuthorizationsApi {
  private final PriorAuthorizationDesk desk;
  private final AuthorizationWorklist worklist;
  private final AuthorizationWebMapper mapper;
  private final AuthorizationValueMapper values;
  private final CurrentActor actor;

  PriorAuthorizationsController(
      PriorAuthorizationDesk desk,
      AuthorizationWorklist worklist,
      AuthorizationWebMapper mapper,
      AuthorizationValueMapper values,
      CurrentActor actor) {
    this.desk = desk;
    this.worklist = worklist;
    this.mapper = mapper;
    this.values = values;
    this.actor = actor;
  }

  @Override
  public List<PriorAuthorizationResponse> listPriorAuthorizations(UUID patientId) {
    return desk.list(new PatientId(patientId)).stream().map(mapper::toResponse).toList();
  }

  @Override
  public ResponseEntity<PriorAuthorizationResponse> recordPriorAuthorization(
      UUID patientId, RecordAuthorizationRequest request) {
    AuthorizationView recorded =
        desk.record(
            new PatientId(patientId),
            mapper.toTerms(request.terms()),
            values.toDomain(request.status()),
            request.number(),
            actor.get());
    URI location =
        URI.create(
            "/api/v1/patients/"
                + patientId
                + "/prior-authorizations/"
                + recorded.authorization().getId());
    return withTag(ResponseEntity.created(location), recorded);
  }

  @Override
  public ResponseEntity<PriorAuthorizationResponse> getPriorAuthorization(
      UUID patientId, UUID authorizationId) {
    return withTag(
        ResponseEntity.ok(),
        desk.get(new PatientId(patientId), new PriorAuthorizationId(authorizationId)));
  }

  @Override
  public ResponseEntity<PriorAuthorizationResponse> revisePriorAuthorization(
      UUID patientId, UUID authorizationId, String ifMatch, AuthorizationTermsDto terms) {
    long seen = EntityTags.versionFromIfMatch(ifMatch);
    return withTag(
        ResponseEntity.ok(),
        desk.revise(
            new PatientId(patientId),
            new PriorAuthorizationId(authorizationId),
            seen,
            mapper.toTerms(terms),
            actor.get()));
  }

  @Override
  public ResponseEntity<PriorAuthorizationResponse> decidePriorAuthorization(
      UUID patientId, UUID authorizationId, String ifMatch, AuthorizationDecisionRequest request) {
    long seen = EntityTags.versionFromIfMatch(ifMatch);
    return withTag(
        ResponseEntity.ok(),
        desk.decide(
            new PatientId(patientId),
            new PriorAuthorizationId(authorizationId),
            seen,
            values.toDomain(request.status()),
            request.number(),
            request.note(),
            actor.get()));
  }

  @Override
  public AuthorizationWorklistResponse priorAuthorizationWorklist(int days) {
    return mapper.toResponse(days, worklist.within(days));
  }

  private ResponseEntity<PriorAuthorizationResponse> withTag(
      ResponseEntity.BodyBuilder builder, AuthorizationView view) {
    return builder
        .eTag(EntityTags.of(view.authorization().getVersion()))
        .body(mapper.toResponse(view));
  }
}
