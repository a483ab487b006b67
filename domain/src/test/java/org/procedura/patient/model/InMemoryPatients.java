package org.procedura.patient.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.procedura.shared.model.ConflictException;
import org.procedura.shared.model.NotFoundException;
import org.procedura.shared.model.PageQuery;
import org.procedura.shared.model.PageResult;
import org.procedura.shared.model.StaleVersionException;

/**
 * The register of patients in memory, behaving like the database adapter: it hands out and keeps
 * copies, numbers versions from 0, refuses a change made on a stale version and a taken MRN.
 */
public final class InMemoryPatients implements Patients {
  private final Map<PatientId, Patient> stored = new LinkedHashMap<>();

  @Override
  public Optional<Patient> find(PatientId id) {
    return Optional.ofNullable(stored.get(id)).map(InMemoryPatients::copy);
  }

  @Override
  public boolean existsWithMrn(MedicalRecordNumber mrn) {
    return stored.values().stream().anyMatch(p -> p.getMrn().equals(mrn));
  }

  @Override
  public Patient save(Patient patient) {
    long newVersion;
    if (patient.getVersion() == null) {
      if (stored.containsKey(patient.getId())) {
        throw new IllegalStateException("patient " + patient.getId() + " is already stored");
      }
      newVersion = 0;
    } else {
      Patient current = stored.get(patient.getId());
      if (current == null) {
        throw new NotFoundException("patient", patient.getId());
      }
      if (!current.getVersion().equals(patient.getVersion())) {
        throw new StaleVersionException(
            "patient " + patient.getId(), patient.getVersion(), current.getVersion());
      }
      newVersion = current.getVersion() + 1;
    }
    boolean mrnTaken =
        stored.values().stream()
            .anyMatch(
                p -> p.getMrn().equals(patient.getMrn()) && !p.getId().equals(patient.getId()));
    if (mrnTaken) {
      throw new ConflictException(
          "MRN_IN_USE", "MRN " + patient.getMrn() + " belongs to another patient");
    }
    Patient saved =
        new Patient(patient.getId(), patient.getMrn(), patient.getDemographics(), newVersion);
    stored.put(saved.getId(), saved);
    return copy(saved);
  }

  @Override
  public List<Patient> bornOnWithName(LocalDate dateOfBirth, PersonName name) {
    return stored.values().stream()
        .filter(p -> p.getDateOfBirth().equals(dateOfBirth) && p.getName().sameAs(name))
        .map(InMemoryPatients::copy)
        .toList();
  }

  @Override
  public PageResult<Patient> search(PatientSearch search, PageQuery page) {
    List<Patient> matching =
        stored.values().stream()
            .filter(p -> matches(p, search))
            .sorted(
                Comparator.comparing((Patient p) -> p.getName().family())
                    .thenComparing(p -> p.getName().given())
                    .thenComparing(Patient::getDateOfBirth)
                    .thenComparing(p -> p.getId().toString()))
            .toList();
    List<Patient> content =
        matching.stream()
            .skip(page.offset())
            .limit(page.size())
            .map(InMemoryPatients::copy)
            .toList();
    return new PageResult<>(content, page.page(), page.size(), matching.size());
  }

  /** How many patients are stored. */
  public int count() {
    return stored.size();
  }

  private static boolean matches(Patient patient, PatientSearch search) {
    String fragment = search.nameFragment();
    return (search.dateOfBirth() == null || search.dateOfBirth().equals(patient.getDateOfBirth()))
        && (search.mrn() == null || search.mrn().equals(patient.getMrn()))
        && (fragment == null
            || patient.getName().given().toLowerCase(Locale.ROOT).contains(fragment)
            || patient.getName().family().toLowerCase(Locale.ROOT).contains(fragment));
  }

  private static Patient copy(Patient patient) {
    return new Patient(
        patient.getId(), patient.getMrn(), patient.getDemographics(), patient.getVersion());
  }
}
