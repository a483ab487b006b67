package org.procedura.scheduling.model;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Where an appointment stands; the transition table below is the only way between states. */
public enum AppointmentStatus {
  BOOKED,
  CONFIRMED,
  CHECKED_IN,
  IN_PROGRESS,
  COMPLETED,
  CANCELLED,
  NO_SHOW;

  private static final Map<AppointmentStatus, Set<AppointmentStatus>> NEXT =
      Map.of(
          BOOKED, EnumSet.of(CONFIRMED, CHECKED_IN, CANCELLED, NO_SHOW),
          CONFIRMED, EnumSet.of(CHECKED_IN, CANCELLED, NO_SHOW),
          CHECKED_IN, EnumSet.of(IN_PROGRESS, CANCELLED),
          IN_PROGRESS, EnumSet.of(COMPLETED),
          COMPLETED, EnumSet.noneOf(AppointmentStatus.class),
          CANCELLED, EnumSet.noneOf(AppointmentStatus.class),
          NO_SHOW, EnumSet.noneOf(AppointmentStatus.class));

  public boolean mayBecome(AppointmentStatus next) {
    return NEXT.get(this).contains(next);
  }

  /** Cancelled and no-show appointments give their time back. */
  public boolean holdsItsSlot() {
    return this != CANCELLED && this != NO_SHOW;
  }

  /** Only an appointment nobody has arrived for yet can move to another time. */
  public boolean mayBeRescheduled() {
    return this == BOOKED || this == CONFIRMED;
  }
}
