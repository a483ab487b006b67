package org.procedura.api.referral;

import java.time.LocalDate;
import java.util.UUID;

/** A worklist row; {@code daysWaiting} counts whole days since receivedOn in the clinic's zone. */
public record ReferralWorklistEntry(
    UUID id,
    UUID patientId,
    String mrn,
    String givenName,
    String familyName,
    ReferralStatus status,
    Urgency urgency,
    LocalDate receivedOn,
    long daysWaiting,
    String referringProvider,
    String requestedProcedureType) {}
