package org.procedura.api.patient;

import static org.procedura.api.common.PlausibleDate.Range.HISTORY;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.procedura.api.common.PlausibleDate;

public record PregnancyRequest(
    @NotNull PregnancyStatus status, @NotNull @PlausibleDate(HISTORY) LocalDate checkedOn) {}
