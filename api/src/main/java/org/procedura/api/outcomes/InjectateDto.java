package org.procedura.api.outcomes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

public record InjectateDto(@NotBlank String drug, @NotNull BigDecimal doseMg) {}
