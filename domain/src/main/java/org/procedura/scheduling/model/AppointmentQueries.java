package org.procedura.scheduling.model;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.procedura.patient.model.PatientId;
import org.procedura.shared.model.PageQuery;
import org.procedura.shared.model.PageResult;

/** Reads over the appointment book: what is held when, and schedules to show. */
public interface AppointmentQueries {

  /** The time each resource is held within the window, by appointments that hold their slot. */
  List<Occupancy> heldTime(Collection<ResourceRef> resources, TimeSlot window);

  /**
   * Appointments starting within the window, of every status, ordered by start; optionally only one
   * clinician's or one room's (null for all).
   */
  List<AppointmentSummary> startingWithin(TimeSlot window, ClinicianId clinician, RoomId room);

  /** A patient's appointments from {@code now} on (soonest first), or before it (latest first). */
  PageResult<AppointmentSummary> ofPatient(
      PatientId patient, Instant now, boolean upcoming, PageQuery page);
}
