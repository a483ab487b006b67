package org.procedura.referral.persistence;

import java.time.LocalDate;

/** One row of a worklist query: the referral and enough of its patient to call them. */
record WorklistRow(
    String id,
    String patientId,
    String mrn,
    String givenName,
    String familyName,
    String status,
    String urgency,
    LocalDate receivedOn,
    String providerName,
    String requestedProcedureType) {}
