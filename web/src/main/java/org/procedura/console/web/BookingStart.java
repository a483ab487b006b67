package org.procedura.console.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where a booking started from a free stretch of the day view: the day, the wall-clock time, and
 * the room or the physician whose column it was. It travels through the patient search to the slots
 * search, which it prefills (a day's first slots there from that time on).
 */
record BookingStart(LocalDate date, LocalTime at, UUID roomId, UUID clinicianId) {

  /** A start only when both the day and the time are given. */
  static BookingStart of(LocalDate date, LocalTime at, UUID roomId, UUID clinicianId) {
    return date == null || at == null ? null : new BookingStart(date, at, roomId, clinicianId);
  }

  /** The slots search for one patient, prefilled with this start. */
  public String slotsOf(UUID patientId) {
    return withPlace(
        UriComponentsBuilder.fromPath("/console/patients/" + patientId + "/slots")
            .queryParam("from", date)
            .queryParam("to", date));
  }

  private String withPlace(UriComponentsBuilder link) {
    link.queryParam("at", at);
    if (roomId != null) {
      link.queryParam("roomId", roomId);
    }
    if (clinicianId != null) {
      link.queryParam("clinicianId", clinicianId);
    }
    return link.build().toUriString();
  }
}
