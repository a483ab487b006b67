package org.procedura.outcomes.application;

import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.catalog.model.ProcedureTypes;
import org.procedura.outcomes.model.FollowUpProtocol;
import org.procedura.outcomes.model.FollowUpProtocols;
import org.procedura.outcomes.model.FollowUpStep;
import org.procedura.outcomes.model.Scale;
import org.procedura.shared.model.NotFoundException;

/**
 * The administrator's follow-up protocols. A revision applies to procedures completed after it;
 * follow-ups already planned keep their dates.
 */
public class ProtocolAdministration {
  private final FollowUpProtocols protocols;
  private final ProcedureTypes procedureTypes;

  public ProtocolAdministration(FollowUpProtocols protocols, ProcedureTypes procedureTypes) {
    this.protocols = protocols;
    this.procedureTypes = procedureTypes;
  }

  @Transactional
  public List<FollowUpProtocol> all() {
    return protocols.all();
  }

  /** The type's protocol; a catalog type without one has an empty protocol at version 0. */
  @Transactional
  public FollowUpProtocol get(ProcedureTypeCode type) {
    return protocols.find(type).orElseGet(() -> empty(type));
  }

  @Transactional
  public FollowUpProtocol revise(
      ProcedureTypeCode type,
      long seenVersion,
      List<FollowUpStep> steps,
      List<Duration> diary,
      Set<Scale> measures) {
    FollowUpProtocol protocol = get(type);
    protocol.revise(seenVersion, steps, diary, measures);
    return protocols.save(protocol);
  }

  private FollowUpProtocol empty(ProcedureTypeCode type) {
    procedureTypes.find(type).orElseThrow(() -> new NotFoundException("procedure type", type));
    return new FollowUpProtocol(type, List.of(), List.of(), Set.of(), null);
  }
}
