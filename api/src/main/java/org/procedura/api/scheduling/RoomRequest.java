package org.procedura.api.scheduling;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.procedura.api.catalog.CareSetting;
import org.procedura.api.catalog.ImagingModality;

/**
 * A room as an administrator sets it up. {@code careSetting} is where procedures in it are done, as
 * payers see it; left out, the clinic's ({@code procedura.clinic.care-setting}).
 */
public record RoomRequest(
    @NotBlank @Size(max = 60) String name,
    @NotNull RoomKind kind,
    @NotNull Set<@NotNull ImagingModality> imaging,
    boolean active,
    CareSetting careSetting) {}
