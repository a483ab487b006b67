package org.procedura.scheduling.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Working hours and time away in memory, behaving like the database adapter: a resource without
 * hours is left out of {@link #hoursOf}, time away is listed when it overlaps the window, soonest
 * first.
 */
public final class InMemoryWorkingTime implements WorkingTime {
  private final Map<ResourceRef, WeeklyHours> hours = new HashMap<>();
  private final List<Unavailability> away = new ArrayList<>();

  @Override
  public Map<ResourceRef, WeeklyHours> hoursOf(Collection<ResourceRef> resources) {
    Map<ResourceRef, WeeklyHours> found = new HashMap<>();
    for (ResourceRef resource : resources) {
      WeeklyHours stored = hours.get(resource);
      if (stored != null && !stored.windows().isEmpty()) {
        found.put(resource, stored);
      }
    }
    return found;
  }

  @Override
  public void replaceHours(ResourceRef resource, WeeklyHours replacement) {
    hours.put(resource, replacement);
  }

  @Override
  public void add(Unavailability unavailability) {
    away.add(unavailability);
  }

  @Override
  public List<Unavailability> unavailability(Collection<ResourceRef> resources, TimeSlot window) {
    return away.stream()
        .filter(a -> resources.contains(a.resource()) && a.period().overlaps(window))
        .sorted(
            Comparator.comparing((Unavailability a) -> a.period().start())
                .thenComparing(a -> a.id().toString()))
        .toList();
  }
}
