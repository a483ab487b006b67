package org.procedura.api.outcomes;

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
@HttpExchange("/api/v1/follow-up-protocols")
public interface FollowUpProtocolsApi {

  @GetExchange
  List<ProtocolDto> all();

  @GetExchange("/{procedureType}")
  ResponseEntity<ProtocolDto> get(@PathVariable("procedureType") String procedureType);

  @PutExchange("/{procedureType}")
  ResponseEntity<ProtocolDto> revise(
      @PathVariable("procedureType") String procedureType,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody ProtocolDto request);
}
