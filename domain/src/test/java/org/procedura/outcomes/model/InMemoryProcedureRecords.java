package org.procedura.outcomes.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.procedura.patient.model.PatientId;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.shared.model.StaleVersionException;

/**
 * The procedure records in memory, behaving like the database adapter: copies, versions from 0, a
 * change written only onto the version it was made from.
 */
public final class InMemoryProcedureRecords implements ProcedureRecords {
  private final Map<AppointmentId, ProcedureRecord> stored = new LinkedHashMap<>();

  @Override
  public Optional<ProcedureRecord> find(AppointmentId procedure) {
    return Optional.ofNullable(stored.get(procedure)).map(r -> copy(r, r.getVersion()));
  }

  @Override
  public ProcedureRecord save(ProcedureRecord record) {
    AppointmentId procedure = record.getCourse().procedure();
    ProcedureRecord current = stored.get(procedure);
    Long currentVersion = current == null ? null : current.getVersion();
    if (record.getVersion() == null
        ? current != null
        : !record.getVersion().equals(currentVersion)) {
      throw new StaleVersionException(
          "procedure record " + procedure, record.getVersion(), currentVersion);
    }
    long version = currentVersion == null ? 0 : currentVersion + 1;
    stored.put(procedure, copy(record, version));
    return copy(record, version);
  }

  @Override
  public List<ProcedureRecord> ofPatient(PatientId patient) {
    return stored.values().stream()
        .filter(r -> r.getCourse().patient().equals(patient))
        .map(r -> copy(r, r.getVersion()))
        .toList();
  }

  private static ProcedureRecord copy(ProcedureRecord r, Long version) {
    return new ProcedureRecord(
        r.getCourse(), r.getRegion(), r.getCompletedAt(), r.getRevisions(), r.getDiary(), version);
  }
}
