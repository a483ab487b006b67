package org.procedura.scheduling.application;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.procedura.scheduling.model.AppointmentQueries;
import org.procedura.scheduling.model.FreeTime;
import org.procedura.scheduling.model.Occupancy;
import org.procedura.scheduling.model.ResourceRef;
import org.procedura.scheduling.model.ResourceTime;
import org.procedura.scheduling.model.TimeSlot;
import org.procedura.scheduling.model.Unavailability;
import org.procedura.scheduling.model.WeeklyHours;
import org.procedura.scheduling.model.WorkingTime;

/**
 * Gathers, for a window, the working and held time of a set of resources: three indexed reads
 * (hours, time off, held time), then everything else happens in memory.
 */
public class ResourceCalendars {
  private final WorkingTime workingTime;
  private final AppointmentQueries queries;
  private final SchedulingPolicy policy;

  public ResourceCalendars(
      WorkingTime workingTime, AppointmentQueries queries, SchedulingPolicy policy) {
    this.workingTime = workingTime;
    this.queries = queries;
    this.policy = policy;
  }

  /** Resource by resource: its working windows in the window, and what holds it then. */
  Map<ResourceRef, ResourceTime> timeOf(Map<ResourceRef, String> resources, TimeSlot window) {
    Collection<ResourceRef> refs = resources.keySet();
    Map<ResourceRef, WeeklyHours> hours = workingTime.hoursOf(refs);
    Map<ResourceRef, List<TimeSlot>> held = new HashMap<>();
    for (Unavailability away : workingTime.unavailability(refs, window)) {
      held.computeIfAbsent(away.resource(), r -> new ArrayList<>()).add(away.period());
    }
    for (Occupancy occupancy : queries.heldTime(refs, window)) {
      held.computeIfAbsent(occupancy.resource(), r -> new ArrayList<>()).add(occupancy.held());
    }
    Map<ResourceRef, ResourceTime> calendars = new HashMap<>();
    resources.forEach(
        (ref, name) ->
            calendars.put(
                ref,
                new ResourceTime(
                    ref.id(),
                    name,
                    workingWindows(hours.getOrDefault(ref, WeeklyHours.NONE), window),
                    held.getOrDefault(ref, List.of()))));
    return calendars;
  }

  /**
   * Why the resource cannot take the slot regardless of other appointments: it does not work then,
   * or it is away during the slot or the turnover after it. Empty when it can.
   */
  Optional<String> absence(ResourceRef resource, TimeSlot slot, Duration turnover) {
    WeeklyHours hours =
        workingTime.hoursOf(List.of(resource)).getOrDefault(resource, WeeklyHours.NONE);
    boolean working =
        FreeTime.merge(workingWindows(hours, slot)).stream().anyMatch(w -> w.contains(slot));
    if (!working) {
      return Optional.of("is not working then");
    }
    return workingTime.unavailability(List.of(resource), slot.extendedBy(turnover)).stream()
        .findFirst()
        .map(away -> "is away then (" + away.reason() + ")");
  }

  /** The patient's own held time in the window. */
  List<TimeSlot> heldTimeOf(ResourceRef patient, TimeSlot window) {
    return queries.heldTime(List.of(patient), window).stream().map(Occupancy::held).toList();
  }

  private List<TimeSlot> workingWindows(WeeklyHours hours, TimeSlot window) {
    List<TimeSlot> windows = new ArrayList<>();
    // a day before and after, so that windows crossing the window's edges are seen whole
    LocalDate first = LocalDate.ofInstant(window.start(), policy.zone()).minusDays(1);
    LocalDate last = LocalDate.ofInstant(window.end(), policy.zone()).plusDays(1);
    for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
      windows.addAll(hours.on(date, policy.zone()));
    }
    return windows;
  }
}
