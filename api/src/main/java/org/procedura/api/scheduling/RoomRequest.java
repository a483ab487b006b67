package org.procedura.api.scheduling;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.procedura.api.catalog.ImagingModality;

public record RoomRequest(
    @NotBlank @Size(max = 60) String name,
    @NotNull RoomKind kind,
    @NotNull Set<@NotNull ImagingModality> imaging,
    boolean active) {}
