package org.procedura.api.authorization;

import static org.procedura.api.common.PlausibleDate.Range.CALENDAR;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.procedura.api.common.PlausibleDate;
import org.procedura.api.scheduling.Laterality;
import org.procedura.api.scheduling.SpinalRegion;

/**
 * What the payer is asked for or approved.
 *
 * @param payer the payer, e.g. {@code Noridian}
 * @param cptCodes the CPT codes approved, e.g. {@code ["64493", "64494"]}; the authorization covers
 *     every procedure type of the catalog billed under one of them
 * @param units the units (levels) per session, when the payer names them
 * @param region the spinal region approved; none for any
 * @param laterality the side approved (BILATERAL covers either); none for any
 * @param validFrom the first day it is valid
 * @param validTo the last day it is valid: on or after validFrom, at most 366 days later
 * @param visitsApproved the visits (sessions) approved, 1 to 52
 * @param document the document on file, e.g. "payer portal letter 2026-11-28"
 */
public record AuthorizationTermsDto(
    @NotBlank @Size(max = 100) String payer,
    @NotEmpty @Size(max = 20) List<@NotNull @Pattern(regexp = "[0-9]{4}[0-9FT]") String> cptCodes,
    @Min(1) @Max(20) Integer units,
    SpinalRegion region,
    Laterality laterality,
    @NotNull @PlausibleDate(CALENDAR) LocalDate validFrom,
    @NotNull @PlausibleDate(CALENDAR) LocalDate validTo,
    @Min(1) @Max(52) int visitsApproved,
    @Size(max = 200) String document) {}
