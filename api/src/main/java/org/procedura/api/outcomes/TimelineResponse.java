package org.procedura.api.outcomes;

import java.util.List;
import java.util.UUID;
import org.procedura.api.history.OutsideProcedureResponse;

/**
 * A patient's course: referrals, then the procedures done here with their measures over time, and
 * apart from them the procedures done at other clinics (those that count, the earliest first), as
 * their documents report them.
 */
public record TimelineResponse(
    UUID patientId,
    List<ReferralEntryDto> referrals,
    List<ProcedureResponse> procedures,
    List<OutsideProcedureResponse> outsideProcedures) {}
