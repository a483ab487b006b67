package org.procedura.api.history;

import static org.procedura.api.common.PlausibleDate.Range.HISTORY;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.procedura.api.common.PlausibleDate;
import org.procedura.api.scheduling.ProcedureSiteDto;

/**
 * A procedure the patient had at another clinic, as its source document reports it.
 *
 * @param performedOn the day it was done: not in the future, not before 1900
 * @param procedureType the clinic's catalog code for it, e.g. {@code ESI_TF_LUMB}
 * @param site region, levels and side, as the procedure type calls for them (as when booking)
 * @param reliefPercent the relief it gave, 0 to 100, when the document says
 * @param reliefLasted how long that relief lasted, an ISO-8601 period such as {@code P90D} or
 *     {@code P3M}; or else
 * @param reliefStillLastingOn the day the document says the relief was still lasting
 * @param performedBy the facility or clinician who did it
 * @param sourceDocument the document it is recorded from, e.g. "letter from Dr X, 2026-03-02"
 */
public record OutsideProcedureRequest(
    @NotNull @PlausibleDate(HISTORY) LocalDate performedOn,
    @NotBlank @Size(max = 40) String procedureType,
    @Valid ProcedureSiteDto site,
    @Min(0) @Max(100) Integer reliefPercent,
    @Size(max = 20) String reliefLasted,
    @PlausibleDate(HISTORY) LocalDate reliefStillLastingOn,
    @Size(max = 200) String performedBy,
    @NotBlank @Size(max = 200) String sourceDocument) {}
