package org.procedura.api.scheduling;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The whole weekly template; replacing it replaces every window. */
public record WeeklyHoursDto(
    @NotNull @Size(max = 70) List<@NotNull @Valid WorkingWindowDto> windows) {}
