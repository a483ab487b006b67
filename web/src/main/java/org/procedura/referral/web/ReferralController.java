package org.procedura.referral.web;

import java.net.URI;
import java.util.UUID;
import org.procedura.api.common.PageResponse;
import org.procedura.api.referral.ReferralNoteRequest;
import org.procedura.api.referral.ReferralReasonRequest;
import org.procedura.api.referral.ReferralRequest;
import org.procedura.api.referral.ReferralResponse;
import org.procedura.api.referral.ReferralStatus;
import org.procedura.api.referral.ReferralWorklistEntry;
import org.procedura.api.referral.ReferralsApi;
import org.procedura.patient.application.RegisterPatientCommand;
import org.procedura.patient.model.PatientId;
import org.procedura.referral.application.ReceiveReferralCommand;
import org.procedura.referral.application.ReferralIntake;
import org.procedura.referral.application.ReferralView;
import org.procedura.referral.model.ReferralId;
import org.procedura.shared.model.InvalidInputException;
import org.procedura.shared.model.PageQuery;
import org.procedura.shared.web.CurrentActor;
import org.procedura.shared.web.EntityTags;
import org.procedura.shared.web.PageResponses;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ReferralController implements ReferralsApi {
  private final ReferralIntake intake;
  private final ReferralWebMapper mapper;
  private final CurrentActor actor;

  ReferralController(ReferralIntake intake, ReferralWebMapper mapper, CurrentActor actor) {
    this.intake = intake;
    this.mapper = mapper;
    this.actor = actor;
  }

  @Override
  public ResponseEntity<ReferralResponse> receive(ReferralRequest request) {
    RegisterPatientCommand newPatient =
        request.newPatient() == null
            ? null
            : InvalidInputException.within(
                "newPatient", () -> mapper.toNewPatient(request.newPatient()));
    var command =
        new ReceiveReferralCommand(
            request.patientId() == null ? null : new PatientId(request.patientId()),
            newPatient,
            mapper.toDetails(request));
    ReferralView received = intake.receive(command, actor.get());
    URI location = URI.create("/api/v1/referrals/" + received.referral().getId());
    return withTag(ResponseEntity.created(location), received);
  }

  @Override
  public ResponseEntity<ReferralResponse> get(UUID referralId) {
    return withTag(ResponseEntity.ok(), intake.get(new ReferralId(referralId)));
  }

  @Override
  public PageResponse<ReferralWorklistEntry> worklist(ReferralStatus status, int page, int size) {
    return PageResponses.of(
        intake.worklist(mapper.toStatus(status), new PageQuery(page, size)),
        mapper::toWorklistEntry);
  }

  @Override
  public PageResponse<ReferralWorklistEntry> toSchedule(int page, int size) {
    return PageResponses.of(intake.toSchedule(new PageQuery(page, size)), mapper::toWorklistEntry);
  }

  @Override
  public ResponseEntity<ReferralResponse> triage(
      UUID referralId, String ifMatch, ReferralNoteRequest request) {
    long seen = EntityTags.versionFromIfMatch(ifMatch);
    return withTag(
        ResponseEntity.ok(),
        intake.triage(new ReferralId(referralId), seen, note(request), actor.get()));
  }

  @Override
  public ResponseEntity<ReferralResponse> accept(
      UUID referralId, String ifMatch, ReferralNoteRequest request) {
    long seen = EntityTags.versionFromIfMatch(ifMatch);
    return withTag(
        ResponseEntity.ok(),
        intake.accept(new ReferralId(referralId), seen, note(request), actor.get()));
  }

  @Override
  public ResponseEntity<ReferralResponse> decline(
      UUID referralId, String ifMatch, ReferralReasonRequest request) {
    long seen = EntityTags.versionFromIfMatch(ifMatch);
    return withTag(
        ResponseEntity.ok(),
        intake.decline(new ReferralId(referralId), seen, request.reason(), actor.get()));
  }

  @Override
  public ResponseEntity<ReferralResponse> close(
      UUID referralId, String ifMatch, ReferralReasonRequest request) {
    long seen = EntityTags.versionFromIfMatch(ifMatch);
    return withTag(
        ResponseEntity.ok(),
        intake.close(new ReferralId(referralId), seen, request.reason(), actor.get()));
  }

  private static String note(ReferralNoteRequest request) {
    return request == null ? null : request.note();
  }

  private ResponseEntity<ReferralResponse> withTag(
      ResponseEntity.BodyBuilder builder, ReferralView view) {
    return builder.eTag(EntityTags.of(view.referral().getVersion())).body(mapper.toResponse(view));
  }
}
