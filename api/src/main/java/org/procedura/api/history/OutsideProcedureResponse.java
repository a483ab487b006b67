package org.procedura.api.history;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.procedura.api.scheduling.ProcedureSiteDto;

/**
 * A procedure done at another clinic, as recorded here: what its document reports, who recorded and
 * last corrected it, and, once entered in error, why (it then no longer counts).
 */
public record OutsideProcedureResponse(
    UUID id,
    UUID patientId,
    LocalDate performedOn,
    String procedureType,
    ProcedureSiteDto site,
    Integer reliefPercent,
    String reliefLasted,
    LocalDate reliefStillLastingOn,
    String performedBy,
    String sourceDocument,
    String recordedBy,
    OffsetDateTime recordedAt,
    String correctedBy,
    OffsetDateTime correctedAt,
    EnteredInErrorDto enteredInError,
    long version) {}
