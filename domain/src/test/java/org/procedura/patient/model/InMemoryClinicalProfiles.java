package org.procedura.patient.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.procedura.shared.model.NotFoundException;
import org.procedura.shared.model.StaleVersionException;

/**
 * The clinical profiles in memory, behaving like the database adapter: it hands out and keeps
 * copies, numbers versions from 0 and refuses a change made on a stale version.
 */
public final class InMemoryClinicalProfiles implements ClinicalProfiles {
  private final Map<PatientId, ClinicalProfile> stored = new LinkedHashMap<>();

  @Override
  public Optional<ClinicalProfile> find(PatientId patientId) {
    return Optional.ofNullable(stored.get(patientId)).map(p -> copy(p, p.getVersion()));
  }

  @Override
  public ClinicalProfile save(ClinicalProfile profile) {
    PatientId id = profile.getPatientId();
    long newVersion;
    if (profile.getVersion() == null) {
      if (stored.containsKey(id)) {
        throw new IllegalStateException("the clinical profile of " + id + " is already stored");
      }
      newVersion = 0;
    } else {
      ClinicalProfile current = stored.get(id);
      if (current == null) {
        throw new NotFoundException("clinical profile", id);
      }
      if (!current.getVersion().equals(profile.getVersion())) {
        throw new StaleVersionException(
            "clinical profile of patient " + id, profile.getVersion(), current.getVersion());
      }
      newVersion = current.getVersion() + 1;
    }
    stored.put(id, copy(profile, newVersion));
    return copy(profile, newVersion);
  }

  public int count() {
    return stored.size();
  }

  private static ClinicalProfile copy(ClinicalProfile profile, Long version) {
    return new ClinicalProfile(
        profile.getPatientId(),
        profile.getCoverages(),
        profile.getAllergies(),
        profile.getMedications(),
        profile.getDiagnoses(),
        profile.getPregnancy(),
        profile.getDiabetic(),
        version);
  }
}
