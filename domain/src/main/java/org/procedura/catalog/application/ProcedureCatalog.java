package org.procedura.catalog.application;

import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import org.procedura.catalog.model.ProcedureType;
import org.procedura.catalog.model.ProcedureType.ProcedureDefinition;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.catalog.model.ProcedureTypes;
import org.procedura.shared.model.ConflictException;
import org.procedura.shared.model.NotFoundException;

/** Reading and maintaining the procedure catalog. */
public class ProcedureCatalog {
  private final ProcedureTypes procedureTypes;

  public ProcedureCatalog(ProcedureTypes procedureTypes) {
    this.procedureTypes = procedureTypes;
  }

  @Transactional
  public List<ProcedureType> list() {
    return procedureTypes.all().stream()
        .sorted(Comparator.comparing(type -> type.getCode().value()))
        .toList();
  }

  @Transactional
  public ProcedureType get(ProcedureTypeCode code) {
    return procedureTypes
        .find(code)
        .orElseThrow(() -> new NotFoundException("procedure type", code));
  }

  @Transactional
  public ProcedureType define(ProcedureTypeCode code, ProcedureDefinition definition) {
    if (procedureTypes.find(code).isPresent()) {
      throw new ConflictException(
          "PROCEDURE_TYPE_EXISTS", "procedure type " + code + " is already in the catalog");
    }
    return procedureTypes.save(ProcedureType.define(code, definition));
  }

  @Transactional
  public ProcedureType revise(
      ProcedureTypeCode code, long seenVersion, ProcedureDefinition definition) {
    ProcedureType type = get(code);
    type.revise(seenVersion, definition);
    return procedureTypes.save(type);
  }
}
