package org.procedura.scheduling.model;

import java.time.Instant;

/** A time that can be booked, with the clinician and room free for it. */
public record CandidateSlot(
    Instant start,
    Instant end,
    ClinicianId clinician,
    String clinicianName,
    RoomId room,
    String roomName) {}
