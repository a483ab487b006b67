package org.procedura.api.catalog;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;

@HttpExchange("/api/v1/procedure-types")
public interface ProcedureTypesApi {

  /** The whole catalog, ordered by code. */
  @GetExchange
  List<ProcedureTypeResponse> list();

  @GetExchange("/{code}")
  ResponseEntity<ProcedureTypeResponse> get(@PathVariable("code") String code);

  /** Adds a procedure type to the catalog (administrators only). */
  @PostExchange
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<ProcedureTypeResponse> define(@Valid @RequestBody ProcedureTypeRequest request);

  /**
   * Revises a procedure type (administrators only); {@code If-Match} carries the version read, and
   * the body's code must be the one in the path.
   */
  @PutExchange("/{code}")
  ResponseEntity<ProcedureTypeResponse> revise(
      @PathVariable("code") String code,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody ProcedureTypeRequest request);
}
