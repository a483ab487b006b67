package org.procedura.api.scheduling;

import java.util.Set;
import java.util.UUID;
import org.procedura.api.catalog.CareSetting;
import org.procedura.api.catalog.ImagingModality;

/** A room; {@code careSetting} null when the room is in the clinic's setting. */
public record RoomResponse(
    UUID id,
    String name,
    RoomKind kind,
    Set<ImagingModality> imaging,
    boolean active,
    CareSetting careSetting,
    long version) {}
