package org.procedura.outcomes.model;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.shared.model.StaleVersionException;

/**
 * The protocols in memory, behaving like the database adapter: copies, versions from 0, a revision
 * written only onto the version it was made from.
 */
public final class InMemoryFollowUpProtocols implements FollowUpProtocols {
  private final Map<ProcedureTypeCode, FollowUpProtocol> stored = new LinkedHashMap<>();

  @Override
  public List<FollowUpProtocol> all() {
    return stored.values().stream()
        .sorted(Comparator.comparing(p -> p.getProcedureType().value()))
        .map(p -> copy(p, p.getVersion()))
        .toList();
  }

  @Override
  public Optional<FollowUpProtocol> find(ProcedureTypeCode procedureType) {
    return Optional.ofNullable(stored.get(procedureType)).map(p -> copy(p, p.getVersion()));
  }

  @Override
  public FollowUpProtocol save(FollowUpProtocol protocol) {
    FollowUpProtocol current = stored.get(protocol.getProcedureType());
    Long currentVersion = current == null ? null : current.getVersion();
    if (protocol.getVersion() == null
        ? current != null
        : !protocol.getVersion().equals(currentVersion)) {
      throw new StaleVersionException(
          "follow-up protocol " + protocol.getProcedureType(),
          protocol.getVersion(),
          currentVersion);
    }
    long version = currentVersion == null ? 0 : currentVersion + 1;
    stored.put(protocol.getProcedureType(), copy(protocol, version));
    return copy(protocol, version);
  }

  private static FollowUpProtocol copy(FollowUpProtocol p, Long version) {
    return new FollowUpProtocol(
        p.getProcedureType(), p.getSteps(), p.getDiaryPoints(), p.getMeasures(), version);
  }
}
