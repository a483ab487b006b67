package org.procedura.history.model;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.procedura.patient.model.PatientId;
import org.procedura.shared.model.StaleVersionException;

/**
 * Outside procedures in memory, behaving like the database adapter: copies in and out, versions
 * from 0, a stale change refused, the earliest performed first and then in the order recorded.
 */
public final class InMemoryOutsideProcedures implements OutsideProcedures {
  private final Map<OutsideProcedureId, OutsideProcedure> stored = new LinkedHashMap<>();

  @Override
  public List<OutsideProcedure> of(PatientId patient) {
    return allOf(patient).stream().filter(OutsideProcedure::isCurrent).toList();
  }

  @Override
  public List<OutsideProcedure> allOf(PatientId patient) {
    return stored.values().stream()
        .filter(p -> p.belongsTo(patient))
        .sorted(
            Comparator.comparing((OutsideProcedure p) -> p.getDetails().performedOn())
                .thenComparing(p -> p.getRecorded().at()))
        .map(InMemoryOutsideProcedures::copy)
        .toList();
  }

  @Override
  public Optional<OutsideProcedure> find(OutsideProcedureId id) {
    return Optional.ofNullable(stored.get(id)).map(InMemoryOutsideProcedures::copy);
  }

  @Override
  public OutsideProcedure save(OutsideProcedure procedure) {
    long version = 0;
    if (procedure.getVersion() != null) {
      OutsideProcedure current = stored.get(procedure.getId());
      if (!current.getVersion().equals(procedure.getVersion())) {
        throw new StaleVersionException(
            "outside procedure", procedure.getVersion(), current.getVersion());
      }
      version = current.getVersion() + 1;
    }
    OutsideProcedure saved = withVersion(procedure, version);
    stored.put(saved.getId(), saved);
    return copy(saved);
  }

  private static OutsideProcedure copy(OutsideProcedure p) {
    return withVersion(p, p.getVersion());
  }

  private static OutsideProcedure withVersion(OutsideProcedure p, Long version) {
    return new OutsideProcedure(
        p.getId(),
        p.getPatient(),
        p.getDetails(),
        p.getRecorded(),
        p.getCorrected(),
        p.getEnteredInError(),
        version);
  }
}
