package org.procedura.api.patient;

import static org.procedura.api.common.PlausibleDate.Range.HISTORY;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.procedura.api.common.PlausibleDate;

/**
 * A diagnosis: ICD-10 code (e.g. M54.16; the dot may be left out), in words, the side where one
 * applies, and the onset date when known, from which pain duration and chronicity are derived.
 */
public record DiagnosisRequest(
    @NotBlank @Pattern(regexp = Icd10.PATTERN, message = Icd10.MESSAGE) String code,
    @NotBlank @Size(max = 200) String description,
    Laterality laterality,
    @PlausibleDate(HISTORY) LocalDate onsetDate) {}
