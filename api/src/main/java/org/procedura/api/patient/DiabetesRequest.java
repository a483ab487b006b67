package org.procedura.api.patient;

import jakarta.validation.constraints.NotNull;

public record DiabetesRequest(@NotNull Boolean diabetic) {}
