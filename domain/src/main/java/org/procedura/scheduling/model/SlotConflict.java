package org.procedura.scheduling.model;

import java.time.Instant;
import java.util.UUID;

/** An existing appointment that already holds a resource the new one needs. */
public record SlotConflict(
    ResourceRef.Kind resource, UUID resourceId, UUID appointmentId, Instant start, Instant end) {}
