package org.procedura.api.scheduling;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Where the procedure is done; which parts are required depends on the procedure type. */
public record ProcedureSiteDto(
    SpinalRegion region,
    @Size(max = 6) List<@NotNull @Size(max = 10) String> levels,
    Laterality laterality) {}
