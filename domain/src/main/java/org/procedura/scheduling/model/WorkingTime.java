package org.procedura.scheduling.model;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** When clinicians and rooms work, and when they are away. */
public interface WorkingTime {

  /** The weekly hours of each resource asked for; a resource without hours gets none. */
  Map<ResourceRef, WeeklyHours> hoursOf(Collection<ResourceRef> resources);

  void replaceHours(ResourceRef resource, WeeklyHours hours);

  void add(Unavailability unavailability);

  List<Unavailability> unavailability(Collection<ResourceRef> resources, TimeSlot window);
}
