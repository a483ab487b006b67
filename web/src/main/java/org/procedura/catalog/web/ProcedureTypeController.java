package org.procedura.catalog.web;

import java.net.URI;
import java.util.List;
import org.procedura.api.catalog.ProcedureTypeRequest;
import org.procedura.api.catalog.ProcedureTypeResponse;
import org.procedura.api.catalog.ProcedureTypesApi;
import org.procedura.catalog.application.ProcedureCatalog;
import org.procedura.catalog.model.ProcedureType;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.shared.model.InvalidInputException;
import org.procedura.shared.web.EntityTags;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ProcedureTypeController implements ProcedureTypesApi {
  private final ProcedureCatalog catalog;
  private final ProcedureTypeWebMapper mapper;

  ProcedureTypeController(ProcedureCatalog catalog, ProcedureTypeWebMapper mapper) {
    this.catalog = catalog;
    this.mapper = mapper;
  }

  @Override
  public List<ProcedureTypeResponse> list() {
    return catalog.list().stream().map(mapper::toResponse).toList();
  }

  @Override
  public ResponseEntity<ProcedureTypeResponse> get(String code) {
    return withTag(ResponseEntity.ok(), catalog.get(new ProcedureTypeCode(code)));
  }

  @Override
  public ResponseEntity<ProcedureTypeResponse> define(ProcedureTypeRequest request) {
    ProcedureType defined =
        catalog.define(new ProcedureTypeCode(request.code()), mapper.toDefinition(request));
    return withTag(
        ResponseEntity.created(URI.create("/api/v1/procedure-types/" + defined.getCode())),
        defined);
  }

  @Override
  public ResponseEntity<ProcedureTypeResponse> revise(
      String code, String ifMatch, ProcedureTypeRequest request) {
    if (!code.equals(request.code())) {
      throw new InvalidInputException("code", "code in the body must be the one in the path");
    }
    long seenVersion = EntityTags.versionFromIfMatch(ifMatch);
    ProcedureType revised =
        catalog.revise(new ProcedureTypeCode(code), seenVersion, mapper.toDefinition(request));
    return withTag(ResponseEntity.ok(), revised);
  }

  private ResponseEntity<ProcedureTypeResponse> withTag(
      ResponseEntity.BodyBuilder builder, ProcedureType type) {
    return builder.eTag(EntityTags.of(type.getVersion())).body(mapper.toResponse(type));
  }
}
