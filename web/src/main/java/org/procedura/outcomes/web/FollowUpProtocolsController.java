package org.procedura.outcomes.web;

import java.util.List;
import org.procedura.api.outcomes.FollowUpProtocolsApi;
import org.procedura.api.outcomes.ProtocolDto;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.outcomes.application.ProtocolAdministration;
import org.procedura.outcomes.model.FollowUpProtocol;
import org.procedura.shared.web.EntityTags;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

@RestController
class FollowUpProtocolsController implements FollowUpProtocolsApi {
  private final ProtocolAdministration administration;
  private final OutcomesWebMapper mapper;

  FollowUpProtocolsController(ProtocolAdministration administration, OutcomesWebMapper mapper) {
    this.administration = administration;
    this.mapper = mapper;
  }

  @Override
  public List<ProtocolDto> all() {
    return administration.all().stream().map(mapper::toDto).toList();
  }

  @Override
  public ResponseEntity<ProtocolDto> get(String procedureType) {
    return ok(administration.get(new ProcedureTypeCode(procedureType)));
  }

  @Override
  public ResponseEntity<ProtocolDto> revise(
      String procedureType, String ifMatch, ProtocolDto request) {
    long seen = EntityTags.versionFromIfMatch(ifMatch);
    return ok(
        administration.revise(
            new ProcedureTypeCode(procedureType),
            seen,
            mapper.toSteps(request.steps()),
            mapper.toDiary(request.diaryMinutes()),
            mapper.toScales(request.measures())));
  }

  private ResponseEntity<ProtocolDto> ok(FollowUpProtocol protocol) {
    return ResponseEntity.ok()
        .eTag(EntityTags.of(protocol.getVersion()))
        .body(mapper.toDto(protocol));
  }
}
