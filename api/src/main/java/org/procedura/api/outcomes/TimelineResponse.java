package org.procedura.api.outcomes;

import java.util.List;
import java.util.UUID;

/** A patient's course: referrals, then procedures with their measures over time. */
public record TimelineResponse(
    UUID patientId, List<ReferralEntryDto> referrals, List<ProcedureResponse> procedures) {}
