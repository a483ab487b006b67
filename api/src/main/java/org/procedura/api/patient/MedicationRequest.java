package org.procedura.api.patient;

import static org.procedura.api.common.PlausibleDate.Range.HISTORY;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.procedura.api.common.PlausibleDate;

/** A current medication, its hold-table class and the day the patient last confirmed taking it. */
public record MedicationRequest(
    @NotBlank @Size(max = 100) String name,
    @NotNull AntithromboticClass antithromboticClass,
    @NotNull @PlausibleDate(HISTORY) LocalDate lastConfirmedOn) {}
