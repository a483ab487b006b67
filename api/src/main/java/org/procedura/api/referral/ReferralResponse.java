package org.procedura.api.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A referral with its whole history. {@code painDuration} (ISO-8601, e.g. P5M) and {@code
 * chronicPain} (at least three months) are derived from painOnset on the clinic's today.
 */
public record ReferralResponse(
    UUID id,
    UUID patientId,
    ReferralStatus status,
    ReferringProviderDto referringProvider,
    LocalDate receivedOn,
    String reason,
    List<ReferralDiagnosisDto> diagnoses,
    LocalDate painOnset,
    String painDuration,
    Boolean chronicPain,
    ConservativeCareDto conservativeCare,
    Urgency urgency,
    String requestedProcedureType,
    String notes,
    String declineReason,
    String appointmentReference,
    List<StatusChangeResponse> history,
    long version) {}
