package org.procedura.api.catalog;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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

@Tag(name = "Procedure types", description = "The procedure catalog.")
@HttpExchange("/api/v1/procedure-types")
public interface ProcedureTypesApi {

  /** The whole catalog, ordered by code. */
  @Operation(
      operationId = "listProcedureTypes",
      summary = "List the procedure catalog",
      description =
          "Every procedure type of the catalog, active or not, with its imaging, duration and site rules.")
  @GetExchange
  List<ProcedureTypeResponse> list();

  @Operation(
      operationId = "getProcedureType",
      summary = "Get a procedure type",
      description = "One procedure type of the catalog by its code; the ETag carries its version.")
  @GetExchange("/{code}")
  ResponseEntity<ProcedureTypeResponse> get(@PathVariable("code") String code);

  /** Adds a procedure type to the catalog (administrators only). */
  @Operation(
      operationId = "defineProcedureType",
      summary = "Define a procedure type",
      description = "Adds a procedure type to the catalog; its code must be new.")
  @ApiResponse(
      responseCode = "409",
      description = "A procedure type with this code exists (reason PROCEDURE_TYPE_EXISTS)")
  @PostExchange
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<ProcedureTypeResponse> define(@Valid @RequestBody ProcedureTypeRequest request);

  /**
   * Revises a procedure type (administrators only); {@code If-Match} carries the version read, and
   * the body's code must be the one in the path.
   */
  @Operation(
      operationId = "reviseProcedureType",
      summary = "Revise a procedure type",
      description = "Replaces a procedure type's definition; If-Match must carry the ETag read.")
  @PutExchange("/{code}")
  ResponseEntity<ProcedureTypeResponse> revise(
      @PathVariable("code") String code,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody ProcedureTypeRequest request);
}
