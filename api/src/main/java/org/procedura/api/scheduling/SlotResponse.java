package org.procedura.api.scheduling;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A bookable time with the clinician and room free for it. */
public record SlotResponse(
    OffsetDateTime start,
    OffsetDateTime end,
    UUID clinicianId,
    String clinicianName,
    UUID roomId,
    String roomName) {}
