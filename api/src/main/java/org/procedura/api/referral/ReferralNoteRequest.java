package org.procedura.api.referral;

import jakarta.validation.constraints.Size;

/** An optional note to a step, kept in the referral's history. */
public record ReferralNoteRequest(@Size(max = 500) String note) {}
