package org.procedura.scheduling.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.procedura.shared.model.Check;
import org.procedura.shared.model.InvalidInputException;

/**
 * Finds the first free slots by sweeping, in memory, the working and held time of the candidate
 * clinicians and rooms (and the patient's own appointments) over the window. Results are ordered by
 * start, then clinician, then room, so the same state always gives the same answer.
 */
public final class AvailabilitySearch {
  public static final int MAX_RESULTS = 50;

  /** What is sought: a slot of {@code length} plus {@code turnover}, within the window. */
  public record Need(Duration length, Duration turnover, TimeSlot window, int limit) {
    public Need {
      Check.present(length, "length");
      Check.present(turnover, "turnover");
      Check.present(window, "window");
      if (limit < 1 || limit > MAX_RESULTS) {
        throw new InvalidInputException("limit", "limit must be between 1 and " + MAX_RESULTS);
      }
    }
  }

  private static final Comparator<CandidateSlot> ORDER =
      Comparator.comparing(CandidateSlot::start)
          .thenComparing(CandidateSlot::clinicianName)
          .thenComparing(slot -> slot.clinician().value())
          .thenComparing(CandidateSlot::roomName)
          .thenComparing(slot -> slot.room().value());

  private AvailabilitySearch() {}

  public static List<CandidateSlot> first(
      Need need,
      List<ResourceTime> clinicians,
      List<ResourceTime> rooms,
      List<TimeSlot> patientHeld) {
    List<TimeSlot> patientBusy = FreeTime.merge(patientHeld);
    List<CandidateSlot> found = new ArrayList<>();
    for (ResourceTime clinician : clinicians) {
      List<TimeSlot> clinicianFree =
          FreeTime.intersect(clinician.available(), List.of(need.window()));
      if (clinicianFree.isEmpty()) {
        continue;
      }
      for (ResourceTime room : rooms) {
        List<TimeSlot> bothFree = FreeTime.intersect(clinicianFree, room.available());
        found.addAll(firstStarts(need, bothFree, patientBusy, clinician, room));
      }
    }
    found.sort(ORDER);
    return found.size() > need.limit() ? List.copyOf(found.subList(0, need.limit())) : found;
  }

  /**
   * Up to {@code limit} grid starts in the common available time: the slot inside it, the turnover
   * after it into nothing held by clinician or room, the patient free for the slot.
   */
  private static List<CandidateSlot> firstStarts(
      Need need,
      List<TimeSlot> available,
      List<TimeSlot> patientBusy,
      ResourceTime clinician,
      ResourceTime room) {
    List<CandidateSlot> starts = new ArrayList<>();
    for (TimeSlot stretch : available) {
      Instant start = SchedulingGrid.ceil(stretch.start());
      while (!start.plus(need.length()).isAfter(stretch.end()) && starts.size() < need.limit()) {
        TimeSlot slot = TimeSlot.of(start, need.length());
        Instant clash = firstClashEnd(slot, patientBusy);
        if (clash != null) {
          start = SchedulingGrid.ceil(clash);
          continue;
        }
        if (!need.turnover().isZero()) {
          TimeSlot cleaning = TimeSlot.of(slot.end(), need.turnover());
          if (clinician.isHeldDuring(cleaning) || room.isHeldDuring(cleaning)) {
            start = start.plus(SchedulingGrid.CELL);
            continue;
          }
        }
        starts.add(
            new CandidateSlot(
                slot.start(),
                slot.end(),
                new ClinicianId(clinician.id()),
                clinician.name(),
                new RoomId(room.id()),
                room.name()));
        start = start.plus(SchedulingGrid.CELL);
      }
    }
    return starts;
  }

  private static Instant firstClashEnd(TimeSlot slot, List<TimeSlot> busy) {
    for (TimeSlot taken : busy) {
      if (taken.overlaps(slot)) {
        return taken.end();
      }
      if (taken.start().isAfter(slot.end())) {
        return null;
      }
    }
    return null;
  }
}
