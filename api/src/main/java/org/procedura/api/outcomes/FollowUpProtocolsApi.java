package org.procedura.api.outcomes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PutExchange;

/** Follow-up protocols per procedure type; an administrator revises one with its ETag. */
@Tag(
    name = "Follow-up protocols",
    description = "The follow-ups each procedure type plans on completion.")
@HttpExchange("/api/v1/follow-up-protocols")
public interface FollowUpProtocolsApi {

  @Operation(
      operationId = "listFollowUpProtocols",
      summary = "List the follow-up protocols",
      description =
          "The follow-up protocol of every procedure type: the steps, their windows and the scales measured.")
  @GetExchange
  List<ProtocolDto> all();

  @Operation(
      operationId = "getFollowUpProtocol",
      summary = "Get a follow-up protocol",
      description = "The follow-up protocol of one procedure type; the ETag carries its version.")
  @GetExchange("/{procedureType}")
  ResponseEntity<ProtocolDto> get(@PathVariable("procedureType") String procedureType);

  @Operation(
      operationId = "reviseFollowUpProtocol",
      summary = "Revise a follow-up protocol",
      description =
          "Replaces a procedure type's follow-up protocol; If-Match must carry the ETag read. Administrators only.")
  @PutExchange("/{procedureType}")
  ResponseEntity<ProtocolDto> revise(
      @PathVariable("procedureType") String procedureType,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody ProtocolDto request);
}
