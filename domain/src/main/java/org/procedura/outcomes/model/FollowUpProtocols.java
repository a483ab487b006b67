package org.procedura.outcomes.model;

import java.util.List;
import java.util.Optional;
import org.procedura.catalog.model.ProcedureTypeCode;

/** The follow-up protocols, one per procedure type at most. */
public interface FollowUpProtocols {

  List<FollowUpProtocol> all();

  Optional<FollowUpProtocol> find(ProcedureTypeCode procedureType);

  /**
   * Stores a new protocol or the revision of a loaded one.
   *
   * @throws org.procedura.shared.model.StaleVersionException when another revision came first
   */
  FollowUpProtocol save(FollowUpProtocol protocol);
}
