package org.procedura.scheduling.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.procedura.shared.model.ConflictException;
import org.procedura.shared.model.NotFoundException;
import org.procedura.shared.model.StaleVersionException;

/**
 * The appointment book in memory, behaving like the database adapter: it hands out and keeps
 * copies, numbers versions from 0, refuses a change made on a stale version, and refuses ({@code
 * SLOT_TAKEN}) an appointment whose occupancy overlaps what another stored appointment holds of the
 * same clinician, room or patient.
 */
public final class InMemoryAppointments implements Appointments {
  private final Map<AppointmentId, Appointment> stored = new LinkedHashMap<>();

  @Override
  public Optional<Appointment> find(AppointmentId id) {
    return Optional.ofNullable(stored.get(id)).map(InMemoryAppointments::copy);
  }

  @Override
  public Appointment save(Appointment appointment) {
    AppointmentId id = appointment.getId();
    long newVersion;
    if (appointment.getVersion() == null) {
      if (stored.containsKey(id)) {
        throw new IllegalStateException("appointment " + id + " is already stored");
      }
      newVersion = 0;
    } else {
      Appointment current = stored.get(id);
      if (current == null) {
        throw new NotFoundException("appointment", id);
      }
      if (!current.getVersion().equals(appointment.getVersion())) {
        throw new StaleVersionException(
            "appointment " + id, appointment.getVersion(), current.getVersion());
      }
      newVersion = current.getVersion() + 1;
    }
    if (!conflictsOf(appointment).isEmpty()) {
      throw new ConflictException(
          "SLOT_TAKEN",
          "the clinician, room or patient was booked for this time by a concurrent request");
    }
    Appointment saved = withVersion(appointment, newVersion);
    stored.put(id, saved);
    return copy(saved);
  }

  @Override
  public List<SlotConflict> conflictsOf(Appointment appointment) {
    List<SlotConflict> conflicts = new ArrayList<>();
    appointment
        .occupancy()
        .forEach(
            (resource, needed) ->
                stored.values().stream()
                    .filter(other -> !other.getId().equals(appointment.getId()))
                    .filter(
                        other -> {
                          TimeSlot held = other.occupancy().get(resource);
                          return held != null && held.overlaps(needed);
                        })
                    .sorted(Comparator.comparing(other -> other.getPlacement().slot().start()))
                    .forEach(
                        other ->
                            conflicts.add(
                                new SlotConflict(
                                    resource.kind(),
                                    resource.id(),
                                    other.getId().value(),
                                    other.getPlacement().slot().start(),
                                    other.getPlacement().slot().end()))));
    return conflicts;
  }

  /** Copies of every stored appointment, in the order they were first stored. */
  public List<Appointment> all() {
    return stored.values().stream().map(InMemoryAppointments::copy).toList();
  }

  public int count() {
    return stored.size();
  }

  private static Appointment copy(Appointment appointment) {
    return withVersion(appointment, appointment.getVersion());
  }

  private static Appointment withVersion(Appointment appointment, Long version) {
    return new Appointment(
        appointment.getId(),
        appointment.getPatient(),
        appointment.getKind(),
        appointment.getProcedureType(),
        appointment.getSite(),
        appointment.getReferral(),
        appointment.getPurpose(),
        appointment.getPlacement(),
        appointment.getStatus(),
        appointment.getEvents(),
        version);
  }
}
