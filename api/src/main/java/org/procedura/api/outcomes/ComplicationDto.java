package org.procedura.api.outcomes;

import jakarta.validation.constraints.NotNull;

public record ComplicationDto(@NotNull ComplicationCode code, String note) {}
