package org.procedura.api.scheduling;

import java.util.Set;
import java.util.UUID;
import org.procedura.api.catalog.ImagingModality;

public record RoomResponse(
    UUID id,
    String name,
    RoomKind kind,
    Set<ImagingModality> imaging,
    boolean active,
    long version) {}
