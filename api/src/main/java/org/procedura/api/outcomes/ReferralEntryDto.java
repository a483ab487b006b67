package org.procedura.api.outcomes;

import java.time.LocalDate;
import java.util.UUID;

public record ReferralEntryDto(
    UUID id, LocalDate receivedOn, String status, String reason, String requestedProcedureType) {}
