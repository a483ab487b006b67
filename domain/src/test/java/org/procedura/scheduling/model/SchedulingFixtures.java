package org.procedura.scheduling.model;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.procedura.catalog.model.ImagingModality;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.patient.model.PatientId;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.Npi;

/** A fixed "now" in the clinic's zone and builders for the scheduling tests. */
public final class SchedulingFixtures {
  public static final ZoneId CLINIC_ZONE = ZoneId.of("America/New_York");

  /** Friday 2026-11-20 at 10:00 in New York (winter time, UTC-5). */
  public static final Instant NOW = Instant.parse("2026-11-20T15:00:00Z");

  public static final Clock CLOCK = Clock.fixed(NOW, CLINIC_ZONE);

  public static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);
  public static final LocalDate SATURDAY = LocalDate.of(2026, 11, 21);
  public static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
  public static final LocalDate TUESDAY = LocalDate.of(2026, 11, 24);

  /** Sunday on which clocks go forward at 02:00 (to 03:00). */
  public static final LocalDate SPRING_FORWARD = LocalDate.of(2026, 3, 8);

  /** Sunday on which clocks go back at 02:00 (to 01:00). */
  public static final LocalDate FALL_BACK = LocalDate.of(2026, 11, 1);

  public static final Duration TURNOVER = Duration.ofMinutes(10);

  public static final Actor FRONT_DESK = new Actor("frontdesk");
  public static final Actor NURSE = new Actor("nurse.ng");

  public static final Npi NPI_1 = new Npi("1234567893");
  public static final Npi NPI_2 = new Npi("1987654328");
  public static final Npi NPI_3 = new Npi("1452369873");
  public static final Npi NPI_4 = new Npi("1765432103");
  public static final Npi NPI_5 = new Npi("1000000004");

  public static final ProcedureTypeCode ESI = new ProcedureTypeCode("ESI_TF_LUMB");
  public static final ProcedureTypeCode TPI = new ProcedureTypeCode("TPI");

  private SchedulingFixtures() {}

  /** The instant of that local time ("HH:mm") on that date in the clinic's zone. */
  public static Instant at(LocalDate date, String localTime) {
    return date.atTime(LocalTime.parse(localTime)).atZone(CLINIC_ZONE).toInstant();
  }

  /** The slot between two local times ("HH:mm") of that date. */
  public static TimeSlot slot(LocalDate date, String from, String to) {
    return new TimeSlot(at(date, from), at(date, to));
  }

  public static PatientId aPatientId() {
    return PatientId.newId();
  }

  public static Placement placement(TimeSlot slot, Duration turnover) {
    return new Placement(ClinicianId.newId(), RoomId.newId(), slot, turnover);
  }

  public static Clinician clinician(String name, Npi npi, ProcedureTypeCode... credentials) {
    return Clinician.register(new Clinician.Profile(name, npi, Set.of(credentials), true));
  }

  public static Clinician inactiveClinician(
      String name, Npi npi, ProcedureTypeCode... credentials) {
    return Clinician.register(new Clinician.Profile(name, npi, Set.of(credentials), false));
  }

  public static Room room(String name, RoomKind kind, ImagingModality... imaging) {
    return Room.open(new Room.Setup(name, kind, Set.of(imaging), true, null));
  }

  public static Room inactiveRoom(String name, RoomKind kind, ImagingModality... imaging) {
    return Room.open(new Room.Setup(name, kind, Set.of(imaging), false, null));
  }

  /** The same hours on every day given. */
  public static WeeklyHours hours(String from, String to, Set<DayOfWeek> days) {
    List<WorkingWindow> windows = new ArrayList<>();
    for (DayOfWeek day : days) {
      windows.add(new WorkingWindow(day, LocalTime.parse(from), LocalTime.parse(to)));
    }
    return new WeeklyHours(windows);
  }

  /** Monday to Friday, {@code from} to {@code to}. */
  public static WeeklyHours weekdays(String from, String to) {
    return hours(from, to, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
  }

  /** Every day of the week, {@code from} to {@code to}. */
  public static WeeklyHours everyDay(String from, String to) {
    return hours(from, to, EnumSet.allOf(DayOfWeek.class));
  }
}
