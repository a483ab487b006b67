package org.procedura.api.patient;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

public record PregnancyRequest(@NotNull PregnancyStatus status, @NotNull LocalDate checkedOn) {}
