package org.procedura.outcomes.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.procedura.patient.model.PatientId;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.scheduling.model.ClinicianId;
import org.procedura.shared.model.StaleVersionException;

/**
 * The follow-ups in memory, behaving like the database adapter: copies, versions from 0, a change
 * written only onto the version it was made from, and the worklists in the adapter's order.
 */
public final class InMemoryFollowUps implements FollowUps {
  private static final Comparator<FollowUp> EARLIEST_DUE =
      Comparator.comparing((FollowUp f) -> f.getWindow().due())
          .thenComparing(f -> f.getId().toString());

  private final Map<FollowUpId, FollowUp> stored = new LinkedHashMap<>();

  @Override
  public Optional<FollowUp> find(FollowUpId id) {
    return Optional.ofNullable(stored.get(id)).map(f -> copy(f, f.getVersion()));
  }

  @Override
  public FollowUp save(FollowUp followUp) {
    FollowUp current = stored.get(followUp.getId());
    long version;
    if (followUp.getVersion() == null) {
      version = 0;
    } else if (current == null || !current.getVersion().equals(followUp.getVersion())) {
      throw new StaleVersionException(
          "follow-up " + followUp.getId(),
          followUp.getVersion(),
          current == null ? null : current.getVersion());
    } else {
      version = followUp.getVersion() + 1;
    }
    stored.put(followUp.getId(), copy(followUp, version));
    return copy(followUp, version);
  }

  @Override
  public List<FollowUp> ofProcedure(AppointmentId procedure) {
    return where(f -> f.getCourse().procedure().equals(procedure));
  }

  @Override
  public List<FollowUp> ofPatient(PatientId patient) {
    return where(f -> f.getCourse().patient().equals(patient));
  }

  @Override
  public List<FollowUp> dueBetween(LocalDate from, LocalDate to, ClinicianId physician) {
    return where(
        f ->
            f.getStatus() == FollowUpStatus.DUE
                && f.getWindow().due().isBefore(to)
                && (from == null || !f.getWindow().due().isBefore(from))
                && ofPhysician(f, physician));
  }

  @Override
  public List<FollowUp> stillDueWithWindowClosedBefore(LocalDate day) {
    return where(f -> f.getStatus() == FollowUpStatus.DUE && f.getWindow().closes().isBefore(day));
  }

  @Override
  public List<FollowUp> missed(ClinicianId physician) {
    return where(f -> f.getStatus() == FollowUpStatus.MISSED && ofPhysician(f, physician));
  }

  private static boolean ofPhysician(FollowUp f, ClinicianId physician) {
    return physician == null || f.getCourse().physician().equals(physician);
  }

  private List<FollowUp> where(Predicate<FollowUp> condition) {
    return stored.values().stream()
        .filter(condition)
        .sorted(EARLIEST_DUE)
        .map(f -> copy(f, f.getVersion()))
        .toList();
  }

  private static FollowUp copy(FollowUp f, Long version) {
    return new FollowUp(
        f.getId(),
        f.getCourse(),
        f.getLabel(),
        f.getWindow(),
        f.getStatus(),
        f.getVisit(),
        f.getContact(),
        f.getMeasures(),
        f.getDone(),
        f.isRecordedLate(),
        f.getClosure(),
        version);
  }
}
