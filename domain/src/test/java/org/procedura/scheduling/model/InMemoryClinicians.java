package org.procedura.scheduling.model;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.procedura.shared.model.ConflictException;
import org.procedura.shared.model.NotFoundException;
import org.procedura.shared.model.StaleVersionException;

/**
 * The clinicians in memory, behaving like the database adapter: copies, versions from 0, stale
 * changes and an NPI of another clinician refused, {@link #all()} ordered by name then id.
 */
public final class InMemoryClinicians implements Clinicians {
  private final Map<ClinicianId, Clinician> stored = new LinkedHashMap<>();

  @Override
  public Optional<Clinician> find(ClinicianId id) {
    return Optional.ofNullable(stored.get(id)).map(InMemoryClinicians::copy);
  }

  @Override
  public List<Clinician> all() {
    return stored.values().stream()
        .sorted(
            Comparator.comparing(Clinician::getDisplayName)
                .thenComparing(clinician -> clinician.getId().toString()))
        .map(InMemoryClinicians::copy)
        .toList();
  }

  @Override
  public Clinician save(Clinician clinician) {
    ClinicianId id = clinician.getId();
    long newVersion;
    if (clinician.getVersion() == null) {
      if (stored.containsKey(id)) {
        throw new IllegalStateException("clinician " + id + " is already stored");
      }
      newVersion = 0;
    } else {
      Clinician current = stored.get(id);
      if (current == null) {
        throw new NotFoundException("clinician", id);
      }
      if (!current.getVersion().equals(clinician.getVersion())) {
        throw new StaleVersionException(
            "clinician " + id, clinician.getVersion(), current.getVersion());
      }
      newVersion = current.getVersion() + 1;
    }
    boolean npiTaken =
        stored.values().stream()
            .anyMatch(
                other ->
                    !other.getId().equals(id)
                        && other.getProfile().npi().equals(clinician.getProfile().npi()));
    if (npiTaken) {
      throw new ConflictException(
          "NPI_IN_USE", "NPI " + clinician.getProfile().npi() + " belongs to another clinician");
    }
    Clinician saved = new Clinician(id, clinician.getProfile(), newVersion);
    stored.put(id, saved);
    return copy(saved);
  }

  private static Clinician copy(Clinician clinician) {
    return new Clinician(clinician.getId(), clinician.getProfile(), clinician.getVersion());
  }
}
