package org.procedura.catalog.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.procedura.shared.model.ConflictException;
import org.procedura.shared.model.NotFoundException;
import org.procedura.shared.model.StaleVersionException;

/**
 * The catalog in memory, behaving like the database adapter: it hands out and keeps copies, numbers
 * versions from 0, refuses a taken code and a revision made on a stale version. {@link #all()}
 * answers in the order the types were first stored, not sorted.
 */
public final class InMemoryProcedureTypes implements ProcedureTypes {
  private final Map<ProcedureTypeCode, ProcedureType> stored = new LinkedHashMap<>();

  @Override
  public List<ProcedureType> all() {
    return stored.values().stream().map(InMemoryProcedureTypes::copy).toList();
  }

  @Override
  public Optional<ProcedureType> find(ProcedureTypeCode code) {
    return Optional.ofNullable(stored.get(code)).map(InMemoryProcedureTypes::copy);
  }

  @Override
  public ProcedureType save(ProcedureType type) {
    ProcedureTypeCode code = type.getCode();
    long newVersion;
    if (type.getVersion() == null) {
      if (stored.containsKey(code)) {
        throw new ConflictException(
            "PROCEDURE_TYPE_EXISTS", "procedure type " + code + " is already in the catalog");
      }
      newVersion = 0;
    } else {
      ProcedureType current = stored.get(code);
      if (current == null) {
        throw new NotFoundException("procedure type", code);
      }
      if (!current.getVersion().equals(type.getVersion())) {
        throw new StaleVersionException(
            "procedure type " + code, type.getVersion(), current.getVersion());
      }
      newVersion = current.getVersion() + 1;
    }
    ProcedureType saved = new ProcedureType(code, type.getDefinition(), newVersion);
    stored.put(code, saved);
    return copy(saved);
  }

  public int count() {
    return stored.size();
  }

  private static ProcedureType copy(ProcedureType type) {
    return new ProcedureType(type.getCode(), type.getDefinition(), type.getVersion());
  }
}
