package org.procedura.scheduling.application;

import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.procedura.catalog.model.ProcedureType;
import org.procedura.catalog.model.ProcedureTypes;
import org.procedura.scheduling.model.AvailabilitySearch;
import org.procedura.scheduling.model.CandidateSlot;
import org.procedura.scheduling.model.Clinician;
import org.procedura.scheduling.model.Clinicians;
import org.procedura.scheduling.model.ProcedureEligibility;
import org.procedura.scheduling.model.ResourceRef;
import org.procedura.scheduling.model.ResourceTime;
import org.procedura.scheduling.model.Room;
import org.procedura.scheduling.model.Rooms;
import org.procedura.scheduling.model.SchedulingGrid;
import org.procedura.scheduling.model.TimeSlot;
import org.procedura.shared.model.InvalidInputException;
import org.procedura.shared.model.NotFoundException;
import org.procedura.shared.model.PlausibleDates;
import org.procedura.shared.model.UnprocessableException;

/** The first free slots for a procedure or a visit, soonest first. */
public class FindAvailability {
  private final ProcedureTypes procedureTypes;
  private final Clinicians clinicians;
  private final Rooms rooms;
  private final ResourceCalendars calendars;
  private final ProcedureEligibility eligibility;
  private final SchedulingPolicy policy;
  private final Clock clock;

  public FindAvailability(
      ProcedureTypes procedureTypes,
      Clinicians clinicians,
      Rooms rooms,
      ResourceCalendars calendars,
      ProcedureEligibility eligibility,
      SchedulingPolicy policy,
      Clock clock) {
    this.procedureTypes = procedureTypes;
    this.clinicians = clinicians;
    this.rooms = rooms;
    this.calendars = calendars;
    this.eligibility = eligibility;
    this.policy = policy;
    this.clock = clock;
  }

  @Transactional
  public List<CandidateSlot> search(AvailabilityQuery query) {
    LocalDate today = LocalDate.now(clock.withZone(policy.zone()));
    PlausibleDates.onCalendar(query.from(), today, "from");
    PlausibleDates.onCalendar(query.to(), today, "to");
    if (ChronoUnit.DAYS.between(query.from(), query.to()) >= policy.longestSearchDays()) {
      throw new InvalidInputException(
          "to", "search at most " + policy.longestSearchDays() + " days at a time");
    }
    TimeSlot window = window(query);
    if (window == null) {
      return List.of();
    }
    Duration length;
    Duration turnover;
    Predicate<Clinician> clinicianFits;
    Predicate<Room> roomFits;
    if (query.procedureType() != null) {
      ProcedureType type =
          procedureTypes
              .find(query.procedureType())
              .orElseThrow(() -> new NotFoundException("procedure type", query.procedureType()));
      if (!type.getDefinition().active()) {
        // the same answer booking gives: offering a time that cannot be booked helps no one
        throw new UnprocessableException(
            "PROCEDURE_TYPE_INACTIVE", "procedure type " + type.getCode() + " is not offered");
      }
      length = type.getDefinition().defaultDuration();
      turnover = policy.procedureTurnover();
      clinicianFits = clinician -> clinician.mayPerform(type.getCode());
      roomFits = room -> room.suits(type.getDefinition());
    } else {
      length = policy.visitLength(query.visitKind());
      turnover = Duration.ZERO;
      clinicianFits = Clinician::isActive;
      roomFits = Room::suitsVisits;
    }
    if (query.clinician() != null) {
      clinicianFits = clinicianFits.and(c -> c.getId().equals(query.clinician()));
    }
    if (query.room() != null) {
      roomFits = roomFits.and(r -> r.getId().equals(query.room()));
    }
    Map<ResourceRef, String> clinicianRefs = new LinkedHashMap<>();
    clinicians.all().stream()
        .filter(clinicianFits)
        .forEach(c -> clinicianRefs.put(ResourceRef.of(c.getId()), c.getDisplayName()));
    Map<ResourceRef, String> roomRefs = new LinkedHashMap<>();
    rooms.all().stream()
        .filter(roomFits)
        .forEach(r -> roomRefs.put(ResourceRef.of(r.getId()), r.getName()));
    if (clinicianRefs.isEmpty() || roomRefs.isEmpty()) {
      return List.of();
    }
    Map<ResourceRef, String> all = new LinkedHashMap<>(clinicianRefs);
    all.putAll(roomRefs);
    TimeSlot reach = window.extendedBy(turnover);
    Map<ResourceRef, ResourceTime> time = calendars.timeOf(all, reach);
    List<TimeSlot> patientHeld =
        query.patient() == null
            ? List.of()
            : calendars.heldTimeOf(ResourceRef.ofPatient(query.patient().value()), reach);
    return AvailabilitySearch.first(
        new AvailabilitySearch.Need(length, turnover, window, query.limit()),
        clinicianRefs.keySet().stream().map(time::get).toList(),
        roomRefs.keySet().stream().map(time::get).toList(),
        patientHeld);
  }

  /** The clinic days asked for, from the next grid minute on; null when all of it has passed. */
  private TimeSlot window(AvailabilityQuery query) {
    LocalDate firstDay = query.from();
    if (query.patient() != null && query.procedureType() != null) {
      firstDay = eligibility.firstEligibleDay(query.patient(), query.procedureType(), firstDay);
    }
    Instant start = firstDay.atStartOfDay(policy.zone()).toInstant();
    Instant end = query.to().plusDays(1).atStartOfDay(policy.zone()).toInstant();
    Instant now = SchedulingGrid.ceil(clock.instant());
    if (now.isAfter(start)) {
      start = now;
    }
    if (query.notBefore() != null && query.notBefore().isAfter(start)) {
      start = SchedulingGrid.ceil(query.notBefore());
    }
    return start.isBefore(end) ? new TimeSlot(start, end) : null;
  }
}
