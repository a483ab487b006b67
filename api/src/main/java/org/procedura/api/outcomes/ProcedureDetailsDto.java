package org.procedura.api.outcomes;

import static org.procedura.api.common.PlausibleDate.Range.CALENDAR;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.procedura.api.catalog.ImagingModality;
import org.procedura.api.catalog.Sedation;
import org.procedura.api.common.PlausibleDate;
import org.procedura.api.scheduling.ProcedureSiteDto;

/**
 * What was done. {@code imaging} null means none; fluoroscopy time (seconds) and dose (mGy) are
 * given under fluoroscopy only; {@code contrastMl} null or 0 means no contrast. Steroid doses are
 * checked against the clinic's per-session caps.
 */
public record ProcedureDetailsDto(
    @NotNull @PlausibleDate(CALENDAR) OffsetDateTime performedAt,
    @NotBlank String procedureType,
    @Valid ProcedureSiteDto site,
    ImagingModality imaging,
    Integer fluoroscopySeconds,
    BigDecimal fluoroscopyDoseMgy,
    BigDecimal contrastMl,
    @NotNull List<@Valid @NotNull InjectateDto> injectates,
    @NotNull Sedation sedation,
    @NotNull @Valid ComplicationDto complication,
    @NotNull Integer immediatePain) {}
