package org.procedura.catalog.model;

import java.util.List;
import java.util.Optional;

/** The procedure catalog. */
public interface ProcedureTypes {

  List<ProcedureType> all();

  Optional<ProcedureType> find(ProcedureTypeCode code);

  /**
   * Stores a new type or the revision of a loaded one and returns it with its new version.
   *
   * @throws org.procedura.shared.model.ConflictException when a new type's code is taken
   * @throws org.procedura.shared.model.StaleVersionException when another revision came first
   */
  ProcedureType save(ProcedureType type);
}
