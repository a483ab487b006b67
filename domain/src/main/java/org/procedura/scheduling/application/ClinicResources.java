package org.procedura.scheduling.application;

import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.catalog.model.ProcedureTypes;
import org.procedura.scheduling.model.Clinician;
import org.procedura.scheduling.model.ClinicianId;
import org.procedura.scheduling.model.Clinicians;
import org.procedura.scheduling.model.ResourceRef;
import org.procedura.scheduling.model.Room;
import org.procedura.scheduling.model.RoomId;
import org.procedura.scheduling.model.Rooms;
import org.procedura.scheduling.model.TimeSlot;
import org.procedura.scheduling.model.Unavailability;
import org.procedura.scheduling.model.WeeklyHours;
import org.procedura.scheduling.model.WorkingTime;
import org.procedura.shared.model.InvalidInputException;
import org.procedura.shared.model.NotFoundException;
import org.procedura.shared.model.PlausibleDates;

/** The administrator's upkeep of clinicians, rooms, working hours and time away. */
public class ClinicResources {
  private final Clinicians clinicians;
  private final Rooms rooms;
  private final WorkingTime workingTime;
  private final ProcedureTypes procedureTypes;
  private final SchedulingPolicy policy;
  private final Clock clock;

  public ClinicResources(
      Clinicians clinicians,
      Rooms rooms,
      WorkingTime workingTime,
      ProcedureTypes procedureTypes,
      SchedulingPolicy policy,
      Clock clock) {
    this.clinicians = clinicians;
    this.rooms = rooms;
    this.workingTime = workingTime;
    this.procedureTypes = procedureTypes;
    this.policy = policy;
    this.clock = clock;
  }

  @Transactional
  public List<Clinician> clinicians() {
    return clinicians.all();
  }

  @Transactional
  public Clinician clinician(ClinicianId id) {
    return clinicians.find(id).orElseThrow(() -> new NotFoundException("clinician", id));
  }

  @Transactional
  public Clinician registerClinician(Clinician.Profile profile) {
    requireKnownProcedures(profile);
    return clinicians.save(Clinician.register(profile));
  }

  @Transactional
  public Clinician reviseClinician(ClinicianId id, long seenVersion, Clinician.Profile profile) {
    requireKnownProcedures(profile);
    Clinician clinician = clinician(id);
    clinician.revise(seenVersion, profile);
    return clinicians.save(clinician);
  }

  @Transactional
  public List<Room> rooms() {
    return rooms.all();
  }

  @Transactional
  public Room room(RoomId id) {
    return rooms.find(id).orElseThrow(() -> new NotFoundException("room", id));
  }

  @Transactional
  public Room openRoom(Room.Setup setup) {
    return rooms.save(Room.open(setup));
  }

  @Transactional
  public Room reviseRoom(RoomId id, long seenVersion, Room.Setup setup) {
    Room room = room(id);
    room.revise(seenVersion, setup);
    return rooms.save(room);
  }

  @Transactional
  public WeeklyHours hours(ResourceRef resource) {
    requireExists(resource);
    return workingTime.hoursOf(List.of(resource)).getOrDefault(resource, WeeklyHours.NONE);
  }

  @Transactional
  public WeeklyHours replaceHours(ResourceRef resource, WeeklyHours hours) {
    requireExists(resource);
    workingTime.replaceHours(resource, hours);
    return hours;
  }

  @Transactional
  public Unavailability markAway(ResourceRef resource, TimeSlot period, String reason) {
    PlausibleDates.onCalendar(period.start(), clock.withZone(policy.zone()), "start");
    PlausibleDates.onCalendar(period.end(), clock.withZone(policy.zone()), "end");
    requireExists(resource);
    Unavailability away = Unavailability.of(resource, period, reason);
    workingTime.add(away);
    return away;
  }

  @Transactional
  public List<Unavailability> away(ResourceRef resource, LocalDate from, LocalDate to) {
    LocalDate today = LocalDate.now(clock.withZone(policy.zone()));
    PlausibleDates.onCalendar(from, today, "from");
    PlausibleDates.onCalendar(to, today, "to");
    PlausibleDates.range(from, to, "to");
    requireExists(resource);
    var window =
        new TimeSlot(
            from.atStartOfDay(policy.zone()).toInstant(),
            to.plusDays(1).atStartOfDay(policy.zone()).toInstant());
    return workingTime.unavailability(List.of(resource), window);
  }

  private void requireExists(ResourceRef resource) {
    switch (resource.kind()) {
      case CLINICIAN -> clinician(new ClinicianId(resource.id()));
      case ROOM -> room(new RoomId(resource.id()));
      case PATIENT ->
          throw new InvalidInputException("resource", "working hours are for clinicians and rooms");
    }
  }

  private void requireKnownProcedures(Clinician.Profile profile) {
    for (ProcedureTypeCode code : profile.credentials()) {
      if (procedureTypes.find(code).isEmpty()) {
        throw new InvalidInputException(
            "credentials", "procedure type " + code + " is not in the catalog");
      }
    }
  }
}
