package org.procedura.api.catalog;

import jakarta.validation.constraints.NotNull;
import java.util.Set;

/** Any one of {@code modalities} may guide the procedure; empty means no image guidance. */
public record ImagingGuidanceDto(
    @NotNull Set<@NotNull ImagingModality> modalities, boolean contrast) {}
